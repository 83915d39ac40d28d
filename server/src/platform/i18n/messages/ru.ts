import type { MessageKey } from './en.ts';

/** Server-side texts in Russian. */
export const ru: Record<MessageKey, string> = {
  'error.VALIDATION_FAILED': 'Часть данных заполнена неверно. Проверьте отмеченные поля.',
  'error.INVALID_CREDENTIALS': 'Неверное имя пользователя или пароль.',
  'error.TOTP_REQUIRED': 'Введите шестизначный код из приложения-аутентификатора.',
  'error.TOTP_INVALID': 'Одноразовый код неверен или устарел.',
  'error.ACCOUNT_LOCKED':
    'Учётная запись заблокирована после нескольких неудачных попыток входа. Повторите после {{until}} или обратитесь к администратору.',
  'error.UNAUTHENTICATED': 'Войдите в систему, чтобы продолжить.',
  'error.SESSION_EXPIRED': 'Сеанс истёк. Войдите снова.',
  'error.CSRF_INVALID': 'Не удалось проверить запрос. Обновите страницу и повторите.',
  'error.FORBIDDEN': 'У вас нет прав на это действие.',
  'error.PASSWORD_CHANGE_REQUIRED': 'Прежде чем продолжить, задайте новый пароль.',
  'error.PASSWORD_POLICY': 'Пароль не соответствует требованиям.',
  'error.PASSWORD_WRONG': 'Текущий пароль указан неверно.',
  'error.NOT_FOUND': 'Не найдено.',
  'error.USERNAME_TAKEN': 'Это имя пользователя уже занято.',
  'error.ORGANISATION_NOT_FOUND': 'Такой организации нет.',
  'error.ROLE_NOT_ALLOWED': 'Роль «{{role}}» нельзя назначить пользователю организации этого типа.',
  'error.CANNOT_DEACTIVATE_SELF': 'Нельзя отключить собственную учётную запись.',
  'error.CONFLICT': 'Данные изменены другим пользователем. Обновите страницу и повторите.',
  'error.PAYLOAD_TOO_LARGE': 'Слишком большой запрос (предел {{limit}}).',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Такой тип содержимого здесь не принимается.',
  'error.MALFORMED_REQUEST': 'Не удалось прочитать запрос. Проверьте его формат.',
  'error.RATE_LIMITED': 'Слишком много попыток. Подождите минуту и повторите.',
  'error.PLAN_NOT_FOUND': 'Такого плана нет.',
  'error.PLAN_VERSION_NOT_FOUND': 'У плана нет редакции {{version}}.',
  'error.MEASURE_NOT_FOUND': 'В плане нет мероприятия {{number}}.',
  'error.AGENCY_NOT_FOUND': 'В плане нет аббревиатуры «{{code}}».',
  'error.PLAN_FILE_MISSING': 'Приложите план текстовым файлом в поле «file».',
  'error.PLAN_UNREADABLE': 'Файл нельзя импортировать как план. {{reason}}',
  'error.TRANSLATION_OF_ORIGINAL':
    'План написан на этом языке: его оригинальный текст нельзя заменить переводом.',
  'error.INTERNAL': 'На нашей стороне произошла ошибка. Она записана в журнал (код {{requestId}}).',

  'validation.required': 'Обязательное поле.',
  'validation.invalid_type': 'Ожидается {{expected}}.',
  'validation.too_small.string': 'Не менее {{minimum}} символов.',
  'validation.too_big.string': 'Не более {{maximum}} символов.',
  'validation.too_small.number': 'Не меньше {{minimum}}.',
  'validation.too_big.number': 'Не больше {{maximum}}.',
  'validation.too_small.array': 'Выберите не менее {{minimum}}.',
  'validation.too_big.array': 'Выберите не более {{maximum}}.',
  'validation.invalid_format': 'Неверный формат.',
  'validation.invalid_format.email': 'Неверный адрес электронной почты.',
  'validation.invalid_format.uuid': 'Неверный идентификатор.',
  'validation.invalid_format.date': 'Неверная дата (ГГГГ-ММ-ДД).',
  'validation.invalid_value': 'Допустимые значения: {{options}}.',
  'validation.unrecognized_keys': 'Неизвестные поля: {{keys}}.',
  'validation.invalid': 'Неверное значение.',

  'password.too_short': 'Не менее {{min}} символов.',
  'password.too_long': 'Не более {{max}} символов.',
  'password.contains_username': 'Не должен содержать имя пользователя.',
  'password.too_common': 'Слишком распространённый пароль; выберите другой.',
  'password.too_repetitive': 'Слишком мало разных символов.',

  'field.body': 'запрос',
  'field.query': 'параметры',
  'field.params': 'адрес',

  'plan.error.PLAN_EMPTY': 'Строка {{line}}: файл пуст.',
  'plan.error.PLAN_NOT_TEXT':
    'Строка {{line}}: файл не простой текст, а {{format}}. Сохраните акт с портала правовых актов как текстовый файл (.txt).',
  'plan.error.PLAN_NOT_UTF8':
    'Строка {{line}}: текст не в кодировке UTF-8. Сохраните файл в UTF-8 и повторите.',
  'plan.error.PLAN_NO_ACT_LINE':
    'Строка {{line}}: здесь ожидалась строка утверждающего акта («Постановление … № N»), а в ней «{{found}}».',
  'plan.error.PLAN_NO_PERIOD':
    'Строка {{line}}: в названии не указан период (например, «на 2020 – 2023 годы»).',
  'plan.error.PLAN_NO_TABLE': 'Строка {{line}}: файл заканчивается, а таблицы мероприятий нет.',
  'plan.error.PLAN_ROW_CELL_COUNT':
    'Строка {{line}}: в мероприятии {{measure}} {{found}} ячеек вместо {{expected}} (в плане {{years}} столбцов по годам).',
  'plan.error.PLAN_DUPLICATE_MEASURE':
    'Строка {{line}}: мероприятие {{measure}} встречается второй раз (впервые в строке {{firstLine}}).',
  'plan.error.PLAN_UNEXPECTED_CELL':
    'Строка {{line}}: после заголовка раздела {{section}} стоит неожиданная ячейка «{{text}}».',

  'plan.format.pdf': 'документ PDF',
  'plan.format.zip': 'zip-архив (файл Word .docx или Excel .xlsx)',
  'plan.format.rtf': 'документ RTF',
  'plan.format.doc': 'документ Word 97–2003',
  'plan.format.html': 'веб-страница (HTML)',
  'plan.format.binary': 'двоичные данные',

  'plan.warning.DEADLINE_UNREADABLE': 'Срок «{{text}}» записан в неизвестной форме; сохранён как текст.',
  'plan.warning.DEADLINE_OUTSIDE_PERIOD': 'Срок «{{text}}» выходит за период плана {{from}}–{{to}}.',
  'plan.warning.FINANCING_AMOUNT_UNREADABLE': 'Сумма «{{text}}» ({{column}}) не является числом.',
  'plan.warning.FINANCING_SUM_MISMATCH':
    'Предполагаемые расходы {{total}} млн тенге не равны сумме по годам, {{sum}} млн тенге.',
  'plan.warning.FINANCING_YEAR_OUTSIDE_DEADLINE':
    'Средства запланированы на {{year}} год, вне срока «{{deadline}}».',
  'plan.warning.FINANCING_SOURCE_UNKNOWN':
    'Источник финансирования «{{text}}» не называет ни одного известного источника.',
  'plan.warning.FINANCING_SOURCE_MISSING': 'Суммы запланированы, но источник финансирования не указан.',
  'plan.warning.FINANCING_NOT_REQUIRED_BUT_FUNDED':
    'Финансирование отмечено как не требуемое, но указаны суммы или источники.',
  'plan.warning.PROGRAMMES_UNREADABLE':
    'В ячейке бюджетной программы «{{text}}» есть что-то помимо кодов программ.',
  'plan.warning.PROGRAMMES_MISSING': 'Суммы запланированы, но бюджетная программа не указана.',
  'plan.warning.EXECUTORS_EMPTY': 'Ответственный исполнитель не указан.',
  'plan.warning.ABBREVIATION_UNKNOWN': '«{{code}}» нет в расшифровке аббревиатур.',
  'plan.warning.FORM_EMPTY': 'Форма завершения не заполнена.',
  'plan.warning.FORM_ADDRESSEE_UNREADABLE': 'Не удалось определить, кому направляется «{{text}}».',
  'plan.warning.TITLE_EMPTY': 'У мероприятия нет текста.',
  'plan.warning.MEASURE_NUMBER_SEQUENCE': 'Мероприятие {{found}} следует за мероприятием {{previous}}.',
  'plan.warning.SECTION_NUMBER_SEQUENCE': 'Раздел {{found}} следует за разделом {{previous}}.',
  'plan.warning.SECTION_EMPTY': 'В разделе {{section}} нет мероприятий.',
  'plan.warning.REPORTING_NOT_FOUND':
    'Акт не устанавливает срок представления информации о ходе исполнения плана.',
  'plan.warning.REPORTING_INCOMPLETE': 'Акт не устанавливает срок отчёта для {{missing}}.',
  'plan.warning.REPORTING_FREQUENCY_UNCLEAR': 'Отчётный период неясен: {{detail}}.',
  'plan.warning.ABBREVIATIONS_NOT_FOUND': 'После таблицы нет расшифровки аббревиатур.',
  'plan.warning.ABBREVIATION_UNREADABLE':
    'Строка «{{text}}» расшифровки аббревиатур не имеет вида «КОД – название».',
  'plan.warning.ABBREVIATION_DUPLICATE': 'Аббревиатура «{{code}}» расшифрована дважды.',
  'plan.warning.CELL_EMPTY':
    'Ячейка «{{column}}» пуста, а в других строках стоит «-»: прочитано как отсутствие, но что-то могло пропасть.',
  'plan.warning.at_measure': 'Мероприятие {{measure}}: {{message}}',

  'plan.column.cost': 'предполагаемые расходы',
  'plan.column.total': 'предполагаемые расходы',
  'plan.column.source': 'источник финансирования',
  'plan.column.programmes': 'бюджетная программа',
  'plan.reporting.executors': 'исполнителей',
  'plan.reporting.coordinator': 'координатора (информация в Правительство)',
  'plan.reporting.no_period': 'отчётный период не назван',
  'plan.reporting.conflict': 'для исполнителей {{executors}}, а для координатора {{coordinator}}',
  'plan.frequency.year': 'ежегодно',
  'plan.frequency.half-year': 'раз в полугодие',
  'plan.frequency.quarter': 'ежеквартально',
  'plan.frequency.month': 'ежемесячно',

  'plan.act.line': '{{type}} {{issuer}} от {{date}} № {{number}}',
  'plan.act.type.resolution': 'Постановление',
  'plan.act.type.decree': 'Указ',
  'plan.act.type.ordinance': 'Распоряжение',
  'plan.act.type.order': 'Приказ',
  'plan.act.issuer.government': 'Правительства Республики Казахстан',
  'plan.act.issuer.president': 'Президента Республики Казахстан',
  'plan.act.issuer.prime_minister': 'Премьер-Министра Республики Казахстан',
  'plan.act.issuer.minister': 'министра',
  'plan.language.kk': 'на казахском языке',
  'plan.language.ru': 'на русском языке',

  'plan.source.republican': 'республиканский бюджет',
  'plan.source.local': 'местный бюджет',
  'plan.source.world_bank': 'Всемирный банк',
  'plan.source.extra_budgetary': 'внебюджетные средства',

  'plan.organisation_type.ministry': 'министерства',
  'plan.organisation_type.akimat': 'акиматы',
  'plan.organisation_type.education_department': 'управления и отделы образования',
  'plan.organisation_type.school': 'школы',
  'plan.organisation_type.police_unit': 'подразделения полиции',
  'plan.organisation_type.health_facility': 'организации здравоохранения',
  'plan.organisation_type.social_protection_department': 'отделы социальной защиты',
  'plan.organisation_type.psychological_support_centre': 'центры психологической поддержки',
  'plan.organisation_type.kdn': 'комиссии по делам несовершеннолетних',
  'plan.organisation_type.call_centre': 'контакт-центры',
  'plan.organisation_type.ngo': 'неправительственные организации',
  'plan.organisation_type.state_body': 'государственные органы',
  'plan.organisation_type.university': 'высшие учебные заведения',
  'plan.organisation_type.international_organisation': 'международные организации',

  'plan.link.historical': '{{name}} (упразднено; сегодня отчитывается: {{current}})',
  'plan.link.group': 'все {{type}} ({{count}} в период плана)',
  'plan.link.group_region': 'все областные {{type}} ({{count}} в период плана)',
  'plan.link.none': 'не связано с организацией',
  'plan.link.corrected': '(исправлено координатором)',

  'plan.preview.heading': 'План: {{title}}',
  'plan.preview.act': 'Утверждён: {{act}} (текст {{language}})',
  'plan.preview.period': 'Период: {{from}}–{{to}}; отчётность: {{reporting}}',
  'plan.preview.reporting':
    '{{frequency}}, исполнители — не позднее {{executors}} числа, координатор — не позднее {{coordinator}} числа следующего месяца',
  'plan.preview.no_reporting': 'актом не установлена',
  'plan.preview.counts':
    'Разделов: {{sections}}; мероприятий: {{measures}}; аббревиатур: {{abbreviations}} (органов: {{agencies}}, терминов: {{terms}})',
  'plan.preview.warnings': 'Предупреждения ({{count}}):',
  'plan.preview.no_warnings': 'Предупреждений нет.',
  'plan.preview.agencies': 'Органы и их связи:',
  'plan.preview.terms': 'Термины, без связи: {{codes}}',
  'plan.preview.changes':
    'По сравнению с редакцией {{version}}: добавлено мероприятий — {{added}}, исключено — {{removed}}, изменено — {{changed}}.',
  'plan.preview.plan_changed': 'План: {{fields}}',
  'plan.preview.added': '+ мероприятие {{number}}: {{title}}',
  'plan.preview.removed': '− мероприятие {{number}}: {{title}}',
  'plan.preview.changed': '~ мероприятие {{number}}: {{fields}}',
  'plan.outcome.preview': 'Пробный импорт: ничего не сохранено.',
  'plan.outcome.created': 'План импортирован как редакция 1.',
  'plan.outcome.version_created': 'Создана редакция {{version}} плана.',
  'plan.outcome.same_text': 'Ничего не изменилось: этот текст уже является редакцией {{version}} плана.',
  'plan.outcome.same_content':
    'Ничего не изменилось: текст по содержанию совпадает с редакцией {{version}} плана, новая редакция не создана.',
  'plan.cli.cannot_read': 'Не удалось прочитать файл {{file}}: {{reason}}',
  'plan.cli.too_large': 'Файл больше {{limit}}: план, выгруженный как текст, намного меньше.',

  'plan.export.sheet.measures': 'Мероприятия',
  'plan.export.sheet.abbreviations': 'Аббревиатуры',
  'plan.export.approved_by': 'Утверждён: {{act}}',
  'plan.export.version': 'Редакция {{version}}, импортирована {{date}}',
  'plan.export.column.number': '№ п/п',
  'plan.export.column.measure': 'Наименование мероприятия',
  'plan.export.column.form': 'Форма завершения',
  'plan.export.column.executors': 'Ответственные за исполнение',
  'plan.export.column.deadline': 'Срок исполнения',
  'plan.export.column.cost': 'Предполагаемые расходы (млн тенге)',
  'plan.export.column.total': 'всего',
  'plan.export.column.year': '{{year}} год',
  'plan.export.column.source': 'Источник финансирования',
  'plan.export.column.programme': 'Бюджетная программа',
  'plan.export.column.code': 'Аббревиатура',
  'plan.export.column.full_name': 'Полное наименование',
  'plan.export.abbreviations': 'Расшифровка аббревиатур:',
  'plan.export.by_agreement': 'по согласованию',
  'plan.export.not_required': 'не требуется',
  'plan.export.translated_note': 'Тексты, отмеченные *, — переводы; оригинал плана {{language}}.',

  'error.FILE_TOO_LARGE': 'Файл больше {{limit}}.',
  'error.FILE_EMPTY': 'Файл пуст.',
  'error.FILE_TYPE_REFUSED':
    'Такой файл нельзя приложить (по содержимому это «{{found}}»). Прикладывайте PDF, изображения, документы Word, Excel, OpenDocument или текстовые файлы.',
  'error.FILE_MISSING': 'Приложите файл в поле «file».',
  'error.PERIOD_NOT_FOUND': 'Отчетный период не найден.',
  'error.PERIOD_OVERLAPS': 'У плана уже есть период, охватывающий эти даты ({{code}}).',
  'error.OBLIGATION_NOT_FOUND': 'Обязательство по отчету не найдено.',
  'error.REPORT_NOT_YOURS':
    'Этот отчет принадлежит другой организации: заполнять его может только ее исполнитель.',
  'error.REPORT_LEAD_ONLY':
    'Сводную информацию по мероприятию может писать только головной исполнитель или координатор.',
  'error.REPORT_READ_ONLY':
    'Отчет отправлен или принят, изменить его уже нельзя. Принятый отчет может вновь открыть координатор.',
  'error.REPORT_WRONG_STATE': 'В текущем состоянии отчета это действие невозможно.',
  'error.REPORT_OWN_SUBMISSION': 'Нельзя принять отчет, который вы отправили сами.',
  'error.JOB_NOT_FOUND': 'Задание не найдено.',
  'report.status_required': 'Выберите статус исполнения.',
  'report.reason_required': 'Укажите причину, по которой мероприятие не исполнено.',
  'report.text_required': 'Опишите ход исполнения на казахском или русском языке.',
  'report.document_required':
    'Форма завершения предполагает документ, принятый по итогам мероприятия: укажите его вид, номер и дату.',
  'report.document_incomplete': 'Укажите вид, номер и дату документа полностью или не указывайте ничего.',
  'report.amount_not_a_number': 'Запишите сумму числом в миллионах тенге, например 12,5 (а не «{{value}}»).',
  'report.amount_negative': 'Сумма не может быть отрицательной.',
  'report.amount_too_precise':
    'Суммы указываются в миллионах тенге не более чем с 3 знаками после запятой (до тысячи тенге).',
  'report.amount_too_large':
    'Больше {{maximum}} млн тенге: проверьте единицу измерения, суммы указываются в миллионах тенге.',
  'report.indicator_unknown': 'Показателя «{{code}}» нет.',
  'report.indicator_not_counted': 'Это мероприятие не учитывает показатель «{{code}}».',
  'report.spending_source_unknown': 'Источника финансирования «{{source}}» нет.',
  'reporting_rule.coordinator_before_executors':
    'Срок координатора не может наступать раньше срока исполнителей.',
  'reporting.rule_missing': 'План не устанавливает эту часть порядка отчетности: укажите ее.',
  'reporting.year_outside_plan': 'План охватывает {{from}}–{{to}} годы.',
  'reporting.part_invalid': 'При такой периодичности у года нет такой части.',
  'reporting.comment_required': 'Напишите, что исполнитель должен исправить.',
  'reporting.reopen_reason_required': 'Укажите причину повторного открытия принятого отчета.',
  'reporting.evidence_unknown': 'Файл {{id}} не приложен к этому отчету.',
  'reporting.warning.deadline_unreadable':
    'Мероприятие {{measure}}: срок не удалось прочитать, поэтому мероприятие включено в период.',
  'reporting.warning.no_executors':
    'Мероприятие {{measure}}: исполнитель не указан, по нему никто не отчитывается.',
  'reporting.warning.nobody_obliged':
    'Мероприятие {{measure}}: все исполнители участвуют по согласованию, поэтому отчет не ожидается.',
  'reporting.warning.lead_invited':
    'Мероприятие {{measure}}: головной исполнитель участвует по согласованию, его отчет нельзя требовать.',
  'reporting.national_bodies': 'Республиканские органы',
  'reporting.report.title': 'Информация об исполнении плана за {{code}}',
  'reporting.report.column.assessment': 'Оценка исполнения',
  'notify.reporting.reminder_before.subject': 'До срока отчета осталось {{days}} дн.: период {{period}}',
  'notify.reporting.reminder_before.body':
    '{{organisation}}: по {{count}} мероприятиям периода {{period}} отчет еще не отправлен (мероприятия: {{measures}}). Срок представления — {{due}}.',
  'notify.reporting.reminder_due_today.subject': 'Сегодня истекает срок отчета: период {{period}}',
  'notify.reporting.reminder_due_today.body':
    '{{organisation}}: отчеты по {{count}} мероприятиям периода {{period}} нужно представить сегодня, {{due}} (мероприятия: {{measures}}).',
  'notify.reporting.reminder_overdue.subject': 'Отчеты просрочены на {{days}} дн.: период {{period}}',
  'notify.reporting.reminder_overdue.body':
    '{{organisation}}: отчеты по {{count}} мероприятиям периода {{period}} нужно было представить до {{due}}, они не отправлены (мероприятия: {{measures}}).',
  'notify.reporting.escalation.subject': 'Просроченные отчеты: {{organisation}}, период {{period}}',
  'notify.reporting.escalation.body':
    '{{organisation}} не представила отчеты по {{count}} мероприятиям периода {{period}} со сроком до {{due}}; прошло {{days}} дн. (мероприятия: {{measures}}).',
  'notify.reporting.report_returned.subject':
    'Отчет возвращен на доработку: мероприятие {{measure}}, период {{period}}',
  'notify.reporting.report_returned.body':
    'Координатор вернул ваш отчет по мероприятию {{measure}} (период {{period}}): {{comment}}',
  'notify.reporting.report_accepted.subject': 'Отчет принят: мероприятие {{measure}}, период {{period}}',
  'notify.reporting.report_accepted.body':
    'Координатор принял ваш отчет по мероприятию {{measure}} (период {{period}}). {{comment}}',
};
