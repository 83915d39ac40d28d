import type { Role } from '@qorgau/domain/access/roles';

/** A demo account: stable username (listed in the README), roles, organisation code. */
export interface DemoUser {
  username: string;
  fullName: string;
  position: string;
  roles: Role[];
  organisation: string;
  locale: 'kk' | 'ru' | 'en';
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'admin',
    fullName: 'Ерлан Болатұлы Қасымов',
    position: 'Жүйе әкімшісі',
    roles: ['administrator'],
    organisation: 'mop',
    locale: 'kk',
  },
  {
    username: 'coordinator',
    fullName: 'Гүлнар Серікқызы Әбенова',
    position: 'Бала құқықтарын қорғау комитетінің бас сарапшысы',
    roles: ['plan_coordinator'],
    organisation: 'mop',
    locale: 'kk',
  },
  {
    username: 'analyst',
    fullName: 'Дмитрий Сергеевич Ким',
    position: 'Аналитик',
    roles: ['analyst'],
    organisation: 'mop',
    locale: 'ru',
  },
  {
    username: 'executor',
    fullName: 'Асхат Маратұлы Жұмабеков',
    position: 'Ювеналдық полиция басқармасының бастығы',
    roles: ['executor_focal_point'],
    organisation: 'mia',
    locale: 'kk',
  },
  {
    username: 'executor2',
    fullName: 'Наталья Викторовна Ли',
    position: 'Главный эксперт департамента охраны здоровья матери и ребенка',
    roles: ['executor_focal_point'],
    organisation: 'moh',
    locale: 'ru',
  },
  {
    username: 'akimat',
    fullName: 'Динара Қайратқызы Оспанова',
    position: 'Білім басқармасының бас маманы',
    roles: ['akimat_focal_point'],
    organisation: 'akimat-710000000',
    locale: 'kk',
  },
  {
    username: 'akimat2',
    fullName: 'Ольга Петровна Смирнова',
    position: 'Главный специалист отдела социальной сферы',
    roles: ['akimat_focal_point'],
    organisation: 'akimat-350000000',
    locale: 'ru',
  },
  {
    username: 'regionadmin',
    fullName: 'Бауыржан Ерболұлы Сейітов',
    position: 'Администратор системы (Карагандинская область)',
    roles: ['regional_administrator'],
    organisation: 'edu-350000000',
    locale: 'ru',
  },
  {
    username: 'psychologist',
    fullName: 'Айгерім Нұрланқызы Серікбаева',
    position: 'Педагог-психолог',
    roles: ['school_psychologist'],
    organisation: 'school-711110000-1',
    locale: 'kk',
  },
  {
    username: 'psychologist2',
    fullName: 'Елена Александровна Ковальчук',
    position: 'Педагог-психолог',
    roles: ['school_psychologist'],
    organisation: 'school-351000000-1',
    locale: 'ru',
  },
  {
    username: 'pedagogue',
    fullName: 'Жанар Әділқызы Төлеуова',
    position: 'Әлеуметтік педагог',
    roles: ['social_pedagogue'],
    organisation: 'school-711110000-1',
    locale: 'kk',
  },
  {
    username: 'pedagogue2',
    fullName: 'Мөлдір Ержанқызы Байжанова',
    position: 'Әлеуметтік педагог',
    roles: ['social_pedagogue'],
    organisation: 'school-711110000-2',
    locale: 'kk',
  },
  {
    username: 'inspector',
    fullName: 'Нұрбол Серікұлы Ахметов',
    position: 'Кәмелетке толмағандардың істері жөніндегі инспектор',
    roles: ['juvenile_inspector', 'mobile_group_member'],
    organisation: 'police-711110000',
    locale: 'kk',
  },
  {
    username: 'inspector2',
    fullName: 'Сергей Николаевич Павлов',
    position: 'Инспектор по делам несовершеннолетних',
    roles: ['juvenile_inspector'],
    organisation: 'police-351000000',
    locale: 'ru',
  },
  {
    username: 'supervisor',
    fullName: 'Сәуле Бекболатқызы Жақыпова',
    position: 'Білім бөлімінің бас маманы, жетекші',
    roles: ['supervisor'],
    organisation: 'edu-711110000',
    locale: 'kk',
  },
  {
    username: 'supervisor2',
    fullName: 'Ирина Владимировна Белова',
    position: 'Руководитель отдела образования',
    roles: ['supervisor'],
    organisation: 'edu-351000000',
    locale: 'ru',
  },
  {
    username: 'psychologist3',
    fullName: 'Ирина Владимировна Пак',
    position: 'Педагог-психолог',
    roles: ['school_psychologist'],
    organisation: 'school-751110000-1',
    locale: 'ru',
  },
  {
    username: 'inspector3',
    fullName: 'Ерболат Қанатұлы Дүйсенов',
    position: 'Кәмелетке толмағандардың істері жөніндегі инспектор',
    roles: ['juvenile_inspector'],
    organisation: 'police-751110000',
    locale: 'kk',
  },
  {
    username: 'supervisor3',
    fullName: 'Лаура Бекенқызы Әлиева',
    position: 'Алмалы ауданы білім бөлімінің басшысы',
    roles: ['supervisor'],
    organisation: 'edu-751110000',
    locale: 'kk',
  },
  {
    username: 'casemanager',
    fullName: 'Мадина Ерланқызы Бекова',
    position: 'Кейс-менеджер',
    roles: ['case_manager', 'mobile_group_member'],
    organisation: 'psc-710000000',
    locale: 'kk',
  },
  {
    username: 'nurse',
    fullName: 'Гүлмира Асанқызы Нұрпейісова',
    position: 'Патронаждық мейіргер',
    roles: ['health_worker'],
    organisation: 'clinic-711110000',
    locale: 'kk',
  },
  {
    username: 'socialworker',
    fullName: 'Әсел Бахытжанқызы Мұратова',
    position: 'Әлеуметтік қызметкер',
    roles: ['social_worker'],
    organisation: 'social-711110000',
    locale: 'kk',
  },
  {
    username: 'kdn',
    fullName: 'Тимур Ғалымұлы Есенов',
    position: 'КТІҚҚК жауапты хатшысы',
    roles: ['kdn_secretary'],
    organisation: 'kdn-710000000',
    locale: 'kk',
  },
  {
    username: 'helpline',
    fullName: 'Анна Игоревна Цой',
    position: 'Оператор контакт-центра 111',
    roles: ['helpline_operator'],
    organisation: 'callcentre-710000000',
    locale: 'ru',
  },
];

/** The demo password when DEMO_PASSWORD is not set; it meets the password policy. */
export const DEFAULT_DEMO_PASSWORD = 'Qorgau-Demo-2026';
