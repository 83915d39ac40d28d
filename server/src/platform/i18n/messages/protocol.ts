/**
 * Server texts of the interagency response (protocol actions, mobile groups, KDN, tertiary prevention,
 * rehabilitation): refusals and notifications. Notifications never carry a child's name or anything of the
 * case beyond its number: e-mail and SMS leave the system.
 */
export const protocolEn = {
  'kdn.refusal.not_permitted': 'only the case’s team or the commission’s secretary can do this.',
  'kdn.refusal.other_commission':
    'this hearing belongs to a commission that does not serve the case’s territory.',
  'kdn.refusal.hearing_not_scheduled': 'the hearing is no longer scheduled.',
  'kdn.refusal.case_closed': 'the case is closed.',
  'kdn.refusal.already_listed': 'the case is already on this hearing’s agenda.',
  'kdn.refusal.decisions_taken': 'decisions have already been taken at this hearing.',
  'kdn.refusal.hearing_in_future': 'the hearing has not taken place yet.',
  'kdn.refusal.already_decided': 'a decision on this case has already been recorded.',
  'tertiary.refusal.not_permitted':
    'only the case’s team or the staff of the child’s school can change the plan.',
  'tertiary.refusal.no_school': 'the child’s school is not known: record it in the child’s record first.',
  'tertiary.refusal.case_closed': 'the case is closed.',
  'tertiary.refusal.plan_exists': 'the case already has a tertiary-prevention plan.',
  'tertiary.refusal.already_done': 'this activity has already been recorded as done.',
  'rehabilitation.refusal.not_permitted': 'only the case’s team or the provider can do this.',
  'rehabilitation.refusal.case_closed': 'the case is closed.',
  'rehabilitation.refusal.service_not_provided': 'this provider does not offer that service.',
  'rehabilitation.refusal.already_recorded': 'the delivery has already been recorded.',
  'notify.protocol_action.subject': 'Qorgau: action due on case {{number}}',
  'notify.protocol_action.body':
    'Your organisation must act on case {{number}}: {{action}}, by {{due}} (Astana time). Open the case in Qorgau to see what the protocol asks and record what was done.',
  'notify.protocol_action.sms': 'Qorgau: case {{number}} — {{action}} by {{due}}. {{link}}',
  'notify.protocol_escalated.subject': 'Qorgau: overdue action on case {{number}}',
  'notify.protocol_escalated.body':
    'An action on case {{number}} is overdue: {{action}} by {{organisation}}, due {{due}} (Astana time). Please make sure it is done.',
  'notify.dispatch.subject': 'Qorgau: mobile group alert, case {{number}}',
  'notify.dispatch.body':
    'A child is at immediate risk (case {{number}}) and your mobile group is on duty. Accept the alert in Qorgau, go, and record your arrival.',
  'notify.dispatch.sms': 'Qorgau ALERT: child at immediate risk, case {{number}}. Accept in Qorgau: {{link}}',
  'notify.dispatch_escalated.subject': 'Qorgau: mobile group alert on case {{number}} not accepted',
  'notify.dispatch_escalated.body':
    'Nobody has accepted the mobile group alert on case {{number}} for {{minutes}} minutes (escalation level {{level}}). Make sure someone goes.',
  'notify.dispatch_escalated.sms':
    'Qorgau: nobody has accepted the alert on case {{number}} for {{minutes}} min (level {{level}}). {{link}}',
} as const;

export type ProtocolMessageKey = keyof typeof protocolEn;

export const protocolKk: Record<ProtocolMessageKey, string> = {
  'kdn.refusal.not_permitted': 'мұны тек іс тобы немесе комиссия хатшысы жасай алады.',
  'kdn.refusal.other_commission': 'бұл отырыс істің аумағына қызмет көрсетпейтін комиссияға тиесілі.',
  'kdn.refusal.hearing_not_scheduled': 'отырыс енді жоспарда жоқ.',
  'kdn.refusal.case_closed': 'іс жабылған.',
  'kdn.refusal.already_listed': 'іс осы отырыстың күн тәртібіне енгізіліп қойған.',
  'kdn.refusal.decisions_taken': 'бұл отырыста шешімдер қабылданып қойған.',
  'kdn.refusal.hearing_in_future': 'отырыс әлі өткен жоқ.',
  'kdn.refusal.already_decided': 'бұл іс бойынша шешім тіркеліп қойған.',
  'tertiary.refusal.not_permitted':
    'жоспарды тек іс тобы немесе баланың мектебінің қызметкерлері өзгерте алады.',
  'tertiary.refusal.no_school': 'баланың мектебі белгісіз: алдымен оны баланың жазбасына енгізіңіз.',
  'tertiary.refusal.case_closed': 'іс жабылған.',
  'tertiary.refusal.plan_exists': 'істің үшінші деңгейлі профилактика жоспары бар.',
  'tertiary.refusal.already_done': 'бұл іс-шара орындалды деп тіркеліп қойған.',
  'rehabilitation.refusal.not_permitted': 'мұны тек іс тобы немесе қызмет жеткізуші жасай алады.',
  'rehabilitation.refusal.case_closed': 'іс жабылған.',
  'rehabilitation.refusal.service_not_provided': 'бұл жеткізуші мұндай қызмет көрсетпейді.',
  'rehabilitation.refusal.already_recorded': 'қызмет көрсетілгені тіркеліп қойған.',
  'notify.protocol_action.subject': 'Qorgau: {{number}} ісі бойынша әрекет қажет',
  'notify.protocol_action.body':
    'Ұйымыңыз {{number}} ісі бойынша әрекет етуі тиіс: {{action}}, мерзімі — {{due}} (Астана уақыты). Хаттама не талап ететінін көру және атқарылғанын тіркеу үшін істі Qorgau-да ашыңыз.',
  'notify.protocol_action.sms': 'Qorgau: {{number}} ісі — {{action}}, мерзімі {{due}}. {{link}}',
  'notify.protocol_escalated.subject': 'Qorgau: {{number}} ісі бойынша мерзімі өткен әрекет',
  'notify.protocol_escalated.body':
    '{{number}} ісі бойынша әрекеттің мерзімі өтті: {{action}}, орындаушы — {{organisation}}, мерзімі {{due}} (Астана уақыты). Орындалуын қамтамасыз етіңіз.',
  'notify.dispatch.subject': 'Qorgau: мобильді топқа дабыл, {{number}} ісі',
  'notify.dispatch.body':
    'Бала тікелей қауіпте ({{number}} ісі), сіздің мобильді тобыңыз кезекшілікте. Дабылды Qorgau-да қабылдап, барыңыз және келгеніңізді тіркеңіз.',
  'notify.dispatch.sms': 'Qorgau ДАБЫЛ: бала тікелей қауіпте, {{number}} ісі. Qorgau-да қабылдаңыз: {{link}}',
  'notify.dispatch_escalated.subject': 'Qorgau: {{number}} ісі бойынша мобильді топ дабылы қабылданбады',
  'notify.dispatch_escalated.body':
    '{{number}} ісі бойынша мобильді топ дабылын {{minutes}} минут бойы ешкім қабылдаған жоқ ({{level}}-деңгей). Біреудің баруын қамтамасыз етіңіз.',
  'notify.dispatch_escalated.sms':
    'Qorgau: {{number}} ісі бойынша дабылды {{minutes}} минут бойы ешкім қабылдаған жоқ ({{level}}-деңгей). {{link}}',
};

export const protocolRu: Record<ProtocolMessageKey, string> = {
  'kdn.refusal.not_permitted': 'это может сделать только команда случая или секретарь комиссии.',
  'kdn.refusal.other_commission': 'это заседание комиссии, которая не обслуживает территорию случая.',
  'kdn.refusal.hearing_not_scheduled': 'заседание больше не запланировано.',
  'kdn.refusal.case_closed': 'случай закрыт.',
  'kdn.refusal.already_listed': 'случай уже включён в повестку этого заседания.',
  'kdn.refusal.decisions_taken': 'на этом заседании уже приняты решения.',
  'kdn.refusal.hearing_in_future': 'заседание ещё не состоялось.',
  'kdn.refusal.already_decided': 'решение по этому случаю уже записано.',
  'tertiary.refusal.not_permitted': 'изменять план могут только команда случая или сотрудники школы ребёнка.',
  'tertiary.refusal.no_school': 'школа ребёнка неизвестна: сначала укажите её в записи ребёнка.',
  'tertiary.refusal.case_closed': 'случай закрыт.',
  'tertiary.refusal.plan_exists': 'у случая уже есть план третичной профилактики.',
  'tertiary.refusal.already_done': 'это мероприятие уже отмечено как выполненное.',
  'rehabilitation.refusal.not_permitted': 'это может сделать только команда случая или поставщик услуги.',
  'rehabilitation.refusal.case_closed': 'случай закрыт.',
  'rehabilitation.refusal.service_not_provided': 'этот поставщик не оказывает такую услугу.',
  'rehabilitation.refusal.already_recorded': 'оказание услуги уже записано.',
  'notify.protocol_action.subject': 'Qorgau: требуется действие по случаю {{number}}',
  'notify.protocol_action.body':
    'Ваша организация должна действовать по случаю {{number}}: {{action}}, срок — {{due}} (время Астаны). Откройте случай в Qorgau, чтобы увидеть, что требует протокол, и отметить выполненное.',
  'notify.protocol_action.sms': 'Qorgau: случай {{number}} — {{action}}, срок {{due}}. {{link}}',
  'notify.protocol_escalated.subject': 'Qorgau: просроченное действие по случаю {{number}}',
  'notify.protocol_escalated.body':
    'Действие по случаю {{number}} просрочено: {{action}}, исполнитель — {{organisation}}, срок {{due}} (время Астаны). Обеспечьте выполнение.',
  'notify.dispatch.subject': 'Qorgau: вызов мобильной группы, случай {{number}}',
  'notify.dispatch.body':
    'Ребёнок в непосредственной опасности (случай {{number}}), ваша мобильная группа на дежурстве. Примите вызов в Qorgau, выезжайте и отметьте прибытие.',
  'notify.dispatch.sms':
    'Qorgau ТРЕВОГА: ребёнок в непосредственной опасности, случай {{number}}. Примите вызов в Qorgau: {{link}}',
  'notify.dispatch_escalated.subject': 'Qorgau: вызов мобильной группы по случаю {{number}} не принят',
  'notify.dispatch_escalated.body':
    'Вызов мобильной группы по случаю {{number}} никто не принял уже {{minutes}} мин (уровень эскалации {{level}}). Обеспечьте выезд.',
  'notify.dispatch_escalated.sms':
    'Qorgau: вызов по случаю {{number}} не принят уже {{minutes}} мин (уровень {{level}}). {{link}}',
};
