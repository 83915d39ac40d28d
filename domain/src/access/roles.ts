import type { OrganisationType } from '../identity/organisation.ts';
import type { Permission } from './permissions.ts';
import { type Scope, widerScope } from './scope.ts';

/** The people of PRODUCT.md, as roles. */
export const ROLES = [
  'administrator',
  'regional_administrator',
  'plan_coordinator',
  'executor_focal_point',
  'akimat_focal_point',
  'school_psychologist',
  'social_pedagogue',
  'school_director',
  'juvenile_inspector',
  'health_worker',
  'social_worker',
  'case_manager',
  'supervisor',
  'kdn_secretary',
  'helpline_operator',
  'mobile_group_member',
  'analyst',
] as const;
export type Role = (typeof ROLES)[number];

export type Grants = Partial<Record<Permission, Scope>>;

export interface RoleDefinition {
  grants: Grants;
  /** Organisation types whose staff may hold the role; null means any. */
  organisationTypes: readonly OrganisationType[] | null;
  /**
   * Must sign in with a second factor: administrators and every role with national reach (a test checks
   * that no role grants more than the directory nationally without it).
   */
  secondFactor: boolean;
}

// Every signed-in person may look up organisations, territories and the plans: referring a child or
// reporting on a measure needs the directory, a plan is a published legal act, and none holds personal data.
const DIRECTORY: Grants = {
  'read:organisation': 'national',
  'read:territory': 'national',
  'read:plan': 'national',
};

// Every person reads the notifications addressed to them, and only those.
const EVERYONE: Grants = { ...DIRECTORY, 'read:notification': 'own' };

// People who work cases: they open cases their relation allows, register, update and export them.
const CASE_WORK: Grants = {
  'read:protocol': 'organisation',
  'read:case': 'organisation',
  'create:case': 'organisation',
  'update:case': 'organisation',
  'export:case': 'organisation',
};
// Supervisors and case managers oversee the cases of their district, approve, and merge duplicate records.
const CASE_OVERSIGHT: Grants = {
  'read:protocol': 'district',
  'read:compliance': 'district',
  'manage:tertiary-plan': 'district',
  'read:case': 'district',
  'create:case': 'district',
  'update:case': 'district',
  'export:case': 'district',
  'approve:case': 'district',
  'merge:person': 'district',
};

const FRONT_LINE: readonly OrganisationType[] = [
  'school',
  'education_department',
  'police_unit',
  'health_facility',
  'social_protection_department',
  'psychological_support_centre',
  'kdn',
  'call_centre',
  'ngo',
];

export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  administrator: {
    grants: {
      ...EVERYONE,
      'manage:organisation': 'national',
      'read:user': 'national',
      'manage:user': 'national',
      'read:role': 'national',
      'read:audit': 'national',
      'manage:plan': 'national',
      'read:reporting': 'national',
      'read:protocol': 'national',
      'manage:protocol': 'national',
      'read:compliance': 'national',
      'read:kdn-statistics': 'national',
      'manage:mobile-group': 'national',
      'manage:rehabilitation': 'national',
    },
    organisationTypes: null,
    secondFactor: true,
  },
  regional_administrator: {
    grants: {
      ...EVERYONE,
      'read:user': 'region',
      'manage:user': 'region',
      'read:role': 'national',
      'read:audit': 'region',
      'read:compliance': 'region',
      'manage:mobile-group': 'region',
      'manage:rehabilitation': 'region',
    },
    organisationTypes: ['akimat', 'education_department'],
    secondFactor: true,
  },
  plan_coordinator: {
    grants: {
      ...EVERYONE,
      'read:user': 'national',
      'manage:plan': 'national',
      'read:reporting': 'national',
      'review:report': 'national',
      'manage:reporting-period': 'national',
      'read:compliance': 'national',
      'read:kdn-statistics': 'national',
    },
    organisationTypes: ['ministry'],
    secondFactor: true,
  },
  executor_focal_point: {
    grants: {
      ...EVERYONE,
      'read:user': 'organisation',
      'read:reporting': 'organisation',
      'submit:report': 'organisation',
    },
    organisationTypes: ['ministry', 'state_body', 'international_organisation', 'university'],
    secondFactor: false,
  },
  akimat_focal_point: {
    // An akimat answers for its region: it sees the reports of the region's bodies and writes its own.
    grants: {
      ...EVERYONE,
      'read:user': 'region',
      'read:reporting': 'region',
      'submit:report': 'organisation',
      'read:compliance': 'region',
      'read:kdn-statistics': 'region',
    },
    organisationTypes: ['akimat'],
    secondFactor: false,
  },
  school_director: {
    // The head of a school: sees and works the school's cases, its tertiary-prevention plans and protocol
    // actions, and hears when the school's actions are overdue; approvals stay with the district's supervisor.
    grants: {
      ...EVERYONE,
      ...CASE_WORK,
      'manage:tertiary-plan': 'organisation',
      'read:user': 'organisation',
    },
    organisationTypes: ['school'],
    secondFactor: false,
  },
  school_psychologist: {
    grants: {
      ...EVERYONE,
      ...CASE_WORK,
      'manage:tertiary-plan': 'organisation',
      'read:user': 'organisation',
    },
    organisationTypes: ['school', 'psychological_support_centre'],
    secondFactor: false,
  },
  social_pedagogue: {
    grants: {
      ...EVERYONE,
      ...CASE_WORK,
      'manage:tertiary-plan': 'organisation',
      'read:user': 'organisation',
    },
    organisationTypes: ['school'],
    secondFactor: false,
  },
  juvenile_inspector: {
    grants: { ...EVERYONE, ...CASE_WORK, 'read:user': 'organisation' },
    organisationTypes: ['police_unit'],
    secondFactor: false,
  },
  health_worker: {
    grants: { ...EVERYONE, ...CASE_WORK, 'read:user': 'organisation' },
    organisationTypes: ['health_facility'],
    secondFactor: false,
  },
  social_worker: {
    grants: { ...EVERYONE, ...CASE_WORK, 'read:user': 'organisation' },
    organisationTypes: ['social_protection_department', 'ngo'],
    secondFactor: false,
  },
  case_manager: {
    grants: { ...EVERYONE, ...CASE_OVERSIGHT, 'read:user': 'district' },
    organisationTypes: FRONT_LINE,
    secondFactor: false,
  },
  supervisor: {
    grants: { ...EVERYONE, ...CASE_OVERSIGHT, 'read:user': 'district' },
    organisationTypes: FRONT_LINE,
    secondFactor: false,
  },
  kdn_secretary: {
    grants: {
      ...EVERYONE,
      ...CASE_WORK,
      'manage:kdn': 'organisation',
      'read:kdn-statistics': 'region',
      'read:user': 'organisation',
    },
    organisationTypes: ['kdn', 'akimat'],
    secondFactor: false,
  },
  helpline_operator: {
    grants: { ...EVERYONE, ...CASE_WORK, 'read:user': 'organisation' },
    organisationTypes: ['call_centre'],
    secondFactor: false,
  },
  mobile_group_member: {
    grants: { ...EVERYONE, ...CASE_WORK, 'respond:dispatch': 'organisation', 'read:user': 'organisation' },
    organisationTypes: FRONT_LINE,
    secondFactor: false,
  },
  analyst: {
    // Figures only: plan execution and de-identified aggregates of the response, never a case.
    grants: {
      ...EVERYONE,
      'read:reporting': 'national',
      'read:compliance': 'national',
      'read:kdn-statistics': 'national',
    },
    organisationTypes: ['ministry', 'state_body'],
    secondFactor: true,
  },
};

/** True when the string names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The union of the roles' grants, keeping the widest scope of each permission. */
export function effectiveGrants(roles: readonly Role[]): Grants {
  const result: Grants = {};
  for (const role of roles) {
    for (const [permission, scope] of Object.entries(ROLE_DEFINITIONS[role].grants) as [
      Permission,
      Scope,
    ][]) {
      const held = result[permission];
      result[permission] = held ? widerScope(held, scope) : scope;
    }
  }
  return result;
}

/** Whether holders of these roles must sign in with a second factor. */
export function requiresSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => ROLE_DEFINITIONS[role].secondFactor);
}

/** The permissions every signed-in person holds, for the public directory. */
export const DIRECTORY_PERMISSIONS = Object.keys(DIRECTORY) as Permission[];

/** True when staff of an organisation of this type may hold the role. */
export function roleAllowedFor(role: Role, organisationType: OrganisationType): boolean {
  const allowed = ROLE_DEFINITIONS[role].organisationTypes;
  return allowed === null || allowed.includes(organisationType);
}
