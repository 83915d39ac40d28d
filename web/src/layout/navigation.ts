import {
  IconAlarm,
  IconBuildingCommunity,
  IconChartBar,
  IconChartPie,
  IconChecklist,
  IconClipboardList,
  IconEye,
  IconFolders,
  IconGavel,
  IconHome,
  IconListDetails,
  IconReportAnalytics,
  IconRoute,
  IconSettingsCog,
  IconShieldCheck,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { Permission } from '../features/auth/session.ts';
import type { MessageKey } from '../i18n/en.ts';

export interface NavItem {
  to: string;
  label: MessageKey;
  icon: typeof IconHome;
  /** Shown only to people who hold this permission; the page itself refuses the others too. */
  permission?: Permission;
  /** Shown only to people who hold at least one of these permissions. */
  anyPermission?: Permission[];
  /** The menu shows items without a group first, then administration under its heading, then personal ones. */
  group?: 'administration' | 'personal';
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome },
  { to: '/cases', label: 'nav.cases', icon: IconFolders, permission: 'read:case' },
  { to: '/alerts', label: 'nav.alerts', icon: IconAlarm, permission: 'respond:dispatch' },
  { to: '/protocol/actions', label: 'nav.protocolActions', icon: IconRoute, permission: 'read:protocol' },
  { to: '/kdn', label: 'nav.kdn', icon: IconGavel, permission: 'manage:kdn' },
  {
    to: '/response/figures',
    label: 'nav.responseFigures',
    icon: IconChartPie,
    anyPermission: ['read:compliance', 'read:kdn-statistics'],
  },
  { to: '/supervision', label: 'nav.supervision', icon: IconEye, permission: 'approve:case' },
  { to: '/plans', label: 'nav.plans', icon: IconClipboardList, permission: 'read:plan' },
  { to: '/reporting/mine', label: 'nav.myObligations', icon: IconChecklist, permission: 'submit:report' },
  { to: '/reporting', label: 'nav.reporting', icon: IconReportAnalytics, permission: 'read:reporting' },
  { to: '/reporting/dashboard', label: 'nav.dashboard', icon: IconChartBar, permission: 'read:reporting' },
  {
    to: '/admin/users',
    label: 'nav.users',
    icon: IconUsers,
    permission: 'read:user',
    group: 'administration',
  },
  {
    to: '/admin/organisations',
    label: 'nav.organisations',
    icon: IconBuildingCommunity,
    permission: 'read:organisation',
    group: 'administration',
  },
  {
    to: '/admin/roles',
    label: 'nav.roles',
    icon: IconShieldCheck,
    permission: 'read:role',
    group: 'administration',
  },
  {
    to: '/admin/mobile-groups',
    label: 'nav.mobileGroups',
    icon: IconUsersGroup,
    permission: 'manage:mobile-group',
    group: 'administration',
  },
  {
    to: '/admin/protocol',
    label: 'nav.protocol',
    icon: IconSettingsCog,
    permission: 'manage:protocol',
    group: 'administration',
  },
  {
    to: '/admin/audit',
    label: 'nav.audit',
    icon: IconListDetails,
    permission: 'read:audit',
    group: 'administration',
  },
  { to: '/account', label: 'nav.account', icon: IconUserCircle, group: 'personal' },
];
