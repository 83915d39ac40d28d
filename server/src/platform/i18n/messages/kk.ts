import type { MessageKey } from './en.ts';

/** Server-side texts in Kazakh (the default language). */
export const kk: Record<MessageKey, string> = {
  'error.VALIDATION_FAILED': 'Деректердің бір бөлігі қате толтырылған. Белгіленген өрістерді тексеріңіз.',
  'error.INVALID_CREDENTIALS': 'Пайдаланушы аты немесе құпиясөз қате.',
  'error.TOTP_REQUIRED': 'Аутентификатор қолданбасындағы алты таңбалы кодты енгізіңіз.',
  'error.TOTP_INVALID': 'Бір реттік код қате немесе мерзімі өткен.',
  'error.ACCOUNT_LOCKED':
    'Бірнеше рет сәтсіз кіру әрекетінен кейін тіркелгі бұғатталды. {{until}} кейін қайталаңыз немесе әкімшіге хабарласыңыз.',
  'error.UNAUTHENTICATED': 'Жалғастыру үшін жүйеге кіріңіз.',
  'error.SESSION_EXPIRED': 'Сеанс мерзімі аяқталды. Қайта кіріңіз.',
  'error.CSRF_INVALID': 'Сұрауды тексеру мүмкін болмады. Бетті жаңартып, қайталаңыз.',
  'error.FORBIDDEN': 'Бұл әрекетке сізде рұқсат жоқ.',
  'error.PASSWORD_CHANGE_REQUIRED': 'Жалғастырмас бұрын жаңа құпиясөз орнатыңыз.',
  'error.PASSWORD_POLICY': 'Құпиясөз талаптарға сай емес.',
  'error.PASSWORD_WRONG': 'Ағымдағы құпиясөз қате.',
  'error.NOT_FOUND': 'Табылмады.',
  'error.USERNAME_TAKEN': 'Бұл пайдаланушы аты бос емес.',
  'error.ORGANISATION_NOT_FOUND': 'Мұндай ұйым жоқ.',
  'error.ROLE_NOT_ALLOWED': '«{{role}}» рөлін осы түрдегі ұйымның пайдаланушысына беруге болмайды.',
  'error.CANNOT_DEACTIVATE_SELF': 'Өз тіркелгіңізді өшіре алмайсыз.',
  'error.CONFLICT': 'Деректерді басқа пайдаланушы өзгертті. Бетті жаңартып, қайталаңыз.',
  'error.PAYLOAD_TOO_LARGE': 'Сұрау тым үлкен (шегі {{limit}}).',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Мұнда мұндай мазмұн түрі қабылданбайды.',
  'error.MALFORMED_REQUEST': 'Сұрауды оқу мүмкін болмады. Оның пішімін тексеріңіз.',
  'error.RATE_LIMITED': 'Әрекет тым көп. Бір минут күтіп, қайталаңыз.',
  'error.PLAN_NOT_FOUND': 'Мұндай жоспар жоқ.',
  'error.PLAN_VERSION_NOT_FOUND': 'Жоспардың {{version}}-нұсқасы жоқ.',
  'error.MEASURE_NOT_FOUND': 'Жоспарда {{number}}-іс-шара жоқ.',
  'error.AGENCY_NOT_FOUND': 'Жоспарда «{{code}}» аббревиатурасы жоқ.',
  'error.PLAN_FILE_MISSING': 'Жоспарды «file» өрісіне мәтіндік файл ретінде тіркеңіз.',
  'error.PLAN_UNREADABLE': 'Файлды жоспар ретінде импорттау мүмкін емес. {{reason}}',
  'error.TRANSLATION_OF_ORIGINAL':
    'Жоспар осы тілде жазылған: оның түпнұсқа мәтінін аудармамен алмастыруға болмайды.',
  'error.INTERNAL': 'Біз жақта қате орын алды. Ол журналға жазылды (коды {{requestId}}).',

  'validation.required': 'Міндетті өріс.',
  'validation.invalid_type': '{{expected}} күтіледі.',
  'validation.too_small.string': 'Кемінде {{minimum}} таңба.',
  'validation.too_big.string': 'Ең көбі {{maximum}} таңба.',
  'validation.too_small.number': 'Кемінде {{minimum}}.',
  'validation.too_big.number': 'Ең көбі {{maximum}}.',
  'validation.too_small.array': 'Кемінде {{minimum}} таңдаңыз.',
  'validation.too_big.array': 'Ең көбі {{maximum}} таңдаңыз.',
  'validation.invalid_format': 'Пішімі қате.',
  'validation.invalid_format.email': 'Электрондық пошта мекенжайы қате.',
  'validation.invalid_format.uuid': 'Сәйкестендіргіш қате.',
  'validation.invalid_format.date': 'Күні қате (ЖЖЖЖ-АА-КК).',
  'validation.invalid_value': 'Рұқсат етілген мәндер: {{options}}.',
  'validation.unrecognized_keys': 'Белгісіз өрістер: {{keys}}.',
  'validation.invalid': 'Мәні қате.',

  'password.too_short': 'Кемінде {{min}} таңба.',
  'password.too_long': 'Ең көбі {{max}} таңба.',
  'password.contains_username': 'Пайдаланушы атын қамтымауы тиіс.',
  'password.too_common': 'Тым кең таралған құпиясөз; басқасын таңдаңыз.',
  'password.too_repetitive': 'Әртүрлі таңбалар тым аз.',

  'field.body': 'сұрау',
  'field.query': 'параметрлер',
  'field.params': 'мекенжай',

  'plan.error.PLAN_EMPTY': '{{line}}-жол: файл бос.',
  'plan.error.PLAN_NOT_TEXT':
    '{{line}}-жол: файл кәдімгі мәтін емес, ол — {{format}}. Актіні құқықтық актілер порталынан мәтіндік файл (.txt) ретінде сақтаңыз.',
  'plan.error.PLAN_NOT_UTF8':
    '{{line}}-жол: мәтін UTF-8 кодтауында емес. Файлды UTF-8 кодтауында сақтап, қайталаңыз.',
  'plan.error.PLAN_NO_ACT_LINE':
    '{{line}}-жол: мұнда бекіткен актінің жолы күтілді («… № N қаулысы»), бірақ онда «{{found}}» жазылған.',
  'plan.error.PLAN_NO_PERIOD':
    '{{line}}-жол: атауында жылдар кезеңі көрсетілмеген (мысалы, «2020 – 2023 жылдарға арналған»).',
  'plan.error.PLAN_NO_TABLE': '{{line}}-жол: файл іс-шаралар кестесіз аяқталады.',
  'plan.error.PLAN_ROW_CELL_COUNT':
    '{{line}}-жол: {{measure}}-іс-шарада {{expected}} ұяшықтың орнына {{found}} ұяшық бар (жоспарда {{years}} жыл бағаны бар).',
  'plan.error.PLAN_DUPLICATE_MEASURE':
    '{{line}}-жол: {{measure}}-іс-шара екінші рет кездеседі (алғаш рет {{firstLine}}-жолда).',
  'plan.error.PLAN_UNEXPECTED_CELL':
    '{{line}}-жол: {{section}}-бөлімнің тақырыбынан кейін күтпеген «{{text}}» ұяшығы тұр.',

  'plan.format.pdf': 'PDF құжаты',
  'plan.format.zip': 'zip мұрағаты (Word .docx немесе Excel .xlsx файлы)',
  'plan.format.rtf': 'RTF құжаты',
  'plan.format.doc': 'Word 97–2003 құжаты',
  'plan.format.html': 'веб-бет (HTML)',
  'plan.format.binary': 'екілік деректер',

  'plan.warning.DEADLINE_UNREADABLE': '«{{text}}» мерзімі белгілі түрде жазылмаған; мәтін ретінде сақталды.',
  'plan.warning.DEADLINE_OUTSIDE_PERIOD': '«{{text}}» мерзімі жоспардың {{from}}–{{to}} кезеңінен тыс.',
  'plan.warning.FINANCING_AMOUNT_UNREADABLE': '«{{text}}» сомасы ({{column}}) сан емес.',
  'plan.warning.FINANCING_SUM_MISMATCH':
    '{{total}} млн теңге болжамды шығыс жылдар бойынша сомадан ({{sum}} млн теңге) өзгеше.',
  'plan.warning.FINANCING_YEAR_OUTSIDE_DEADLINE':
    'Қаражат {{year}} жылға жоспарланған, бұл «{{deadline}}» мерзімінен тыс.',
  'plan.warning.FINANCING_SOURCE_UNKNOWN':
    '«{{text}}» қаржыландыру көзі белгілі көздердің ешқайсысын атамайды.',
  'plan.warning.FINANCING_SOURCE_MISSING': 'Сомалар жоспарланған, бірақ қаржыландыру көзі көрсетілмеген.',
  'plan.warning.FINANCING_NOT_REQUIRED_BUT_FUNDED':
    'Қаржыландыру талап етілмейді деп белгіленген, бірақ сомалар немесе көздер көрсетілген.',
  'plan.warning.PROGRAMMES_UNREADABLE':
    '«{{text}}» бюджеттік бағдарлама ұяшығында бағдарлама кодтарынан басқа нәрсе бар.',
  'plan.warning.PROGRAMMES_MISSING': 'Сомалар жоспарланған, бірақ бюджеттік бағдарлама көрсетілмеген.',
  'plan.warning.EXECUTORS_EMPTY': 'Жауапты орындаушы көрсетілмеген.',
  'plan.warning.ABBREVIATION_UNKNOWN': '«{{code}}» аббревиатуралар тізімінде жоқ.',
  'plan.warning.FORM_EMPTY': 'Аяқтау нысаны бос.',
  'plan.warning.FORM_ADDRESSEE_UNREADABLE': '«{{text}}» кімге жолданатыны анықталмады.',
  'plan.warning.TITLE_EMPTY': 'Іс-шараның мәтіні жоқ.',
  'plan.warning.MEASURE_NUMBER_SEQUENCE': '{{found}}-іс-шара {{previous}}-іс-шарадан кейін тұр.',
  'plan.warning.SECTION_NUMBER_SEQUENCE': '{{found}}-бөлім {{previous}}-бөлімнен кейін тұр.',
  'plan.warning.SECTION_EMPTY': '{{section}}-бөлімде іс-шаралар жоқ.',
  'plan.warning.REPORTING_NOT_FOUND':
    'Актіде жоспардың орындалу барысы туралы ақпарат беру күні белгіленбеген.',
  'plan.warning.REPORTING_INCOMPLETE': 'Актіде {{missing}} үшін есеп беру күні белгіленбеген.',
  'plan.warning.REPORTING_FREQUENCY_UNCLEAR': 'Есепті кезең анық емес: {{detail}}.',
  'plan.warning.ABBREVIATIONS_NOT_FOUND': 'Кестеден кейін аббревиатуралар тізімі жоқ.',
  'plan.warning.ABBREVIATION_UNREADABLE':
    'Аббревиатуралар тізіміндегі «{{text}}» жолы «КОД – атауы» түрінде емес.',
  'plan.warning.ABBREVIATION_DUPLICATE': '«{{code}}» аббревиатурасы екі рет анықталған.',
  'plan.warning.CELL_EMPTY':
    '«{{column}}» ұяшығы бос, ал басқа жолдарда «-» жазылған: жоқ деп оқылды, бірақ бірдеңе түсіп қалуы мүмкін.',
  'plan.warning.at_measure': '{{measure}}-іс-шара: {{message}}',

  'plan.column.cost': 'болжамды шығыстар',
  'plan.column.total': 'болжамды шығыстар',
  'plan.column.source': 'қаржыландыру көзі',
  'plan.column.programmes': 'бюджеттік бағдарлама',
  'plan.reporting.executors': 'орындаушылар',
  'plan.reporting.coordinator': 'үйлестіруші (Үкіметке ақпарат)',
  'plan.reporting.no_period': 'есепті кезең аталмаған',
  'plan.reporting.conflict': 'орындаушылар үшін {{executors}}, ал үйлестіруші үшін {{coordinator}}',
  'plan.frequency.year': 'жыл сайын',
  'plan.frequency.half-year': 'жарты жыл сайын',
  'plan.frequency.quarter': 'тоқсан сайын',
  'plan.frequency.month': 'ай сайын',

  'plan.act.line': '{{issuer}} {{date}} № {{number}} {{type}}',
  'plan.act.type.resolution': 'қаулысы',
  'plan.act.type.decree': 'Жарлығы',
  'plan.act.type.ordinance': 'өкімі',
  'plan.act.type.order': 'бұйрығы',
  'plan.act.issuer.government': 'Қазақстан Республикасы Үкіметінің',
  'plan.act.issuer.president': 'Қазақстан Республикасы Президентінің',
  'plan.act.issuer.prime_minister': 'Қазақстан Республикасы Премьер-Министрінің',
  'plan.act.issuer.minister': 'Министрдің',
  'plan.language.kk': 'қазақ тілінде',
  'plan.language.ru': 'орыс тілінде',

  'plan.source.republican': 'республикалық бюджет',
  'plan.source.local': 'жергілікті бюджет',
  'plan.source.world_bank': 'Дүниежүзілік банк',
  'plan.source.extra_budgetary': 'бюджеттен тыс қаражат',

  'plan.organisation_type.ministry': 'министрліктер',
  'plan.organisation_type.akimat': 'әкімдіктер',
  'plan.organisation_type.education_department': 'білім басқармалары мен бөлімдері',
  'plan.organisation_type.school': 'мектептер',
  'plan.organisation_type.police_unit': 'полиция бөлімшелері',
  'plan.organisation_type.health_facility': 'денсаулық сақтау ұйымдары',
  'plan.organisation_type.social_protection_department': 'әлеуметтік қорғау бөлімдері',
  'plan.organisation_type.psychological_support_centre': 'психологиялық қолдау орталықтары',
  'plan.organisation_type.kdn': 'кәмелетке толмағандардың істері жөніндегі комиссиялар',
  'plan.organisation_type.call_centre': 'байланыс орталықтары',
  'plan.organisation_type.ngo': 'үкіметтік емес ұйымдар',
  'plan.organisation_type.state_body': 'мемлекеттік органдар',
  'plan.organisation_type.university': 'жоғары оқу орындары',
  'plan.organisation_type.international_organisation': 'халықаралық ұйымдар',

  'plan.link.historical': '{{name}} (қазір жоқ; бүгін есеп береді: {{current}})',
  'plan.link.group': 'барлық {{type}} (жоспар кезеңінде {{count}})',
  'plan.link.group_region': 'барлық облыстық {{type}} (жоспар кезеңінде {{count}})',
  'plan.link.none': 'ұйымға байланыстырылмаған',
  'plan.link.corrected': '(үйлестіруші түзеткен)',

  'plan.preview.heading': 'Жоспар: {{title}}',
  'plan.preview.act': 'Бекіткен акт: {{act}} (мәтіні {{language}})',
  'plan.preview.period': 'Кезеңі: {{from}}–{{to}}; есеп беру: {{reporting}}',
  'plan.preview.reporting':
    '{{frequency}}, келесі айдың {{executors}}-күнінен кешіктірмей орындаушылар, {{coordinator}}-күнінен кешіктірмей үйлестіруші',
  'plan.preview.no_reporting': 'актіде белгіленбеген',
  'plan.preview.counts':
    'Бөлімдер: {{sections}}; іс-шаралар: {{measures}}; аббревиатуралар: {{abbreviations}} (органдар: {{agencies}}, терминдер: {{terms}})',
  'plan.preview.warnings': 'Ескертулер ({{count}}):',
  'plan.preview.no_warnings': 'Ескертулер жоқ.',
  'plan.preview.agencies': 'Органдар және олардың байланыстары:',
  'plan.preview.terms': 'Терминдер, байланыстырылмайды: {{codes}}',
  'plan.preview.changes':
    '{{version}}-нұсқамен салыстырғанда: {{added}} іс-шара қосылды, {{removed}} алынып тасталды, {{changed}} өзгерді.',
  'plan.preview.plan_changed': 'Жоспар: {{fields}}',
  'plan.preview.added': '+ {{number}}-іс-шара: {{title}}',
  'plan.preview.removed': '− {{number}}-іс-шара: {{title}}',
  'plan.preview.changed': '~ {{number}}-іс-шара: {{fields}}',
  'plan.outcome.preview': 'Сынақ импорт: ештеңе сақталған жоқ.',
  'plan.outcome.created': 'Жоспар 1-нұсқа ретінде импортталды.',
  'plan.outcome.version_created': 'Жоспардың {{version}}-нұсқасы құрылды.',
  'plan.outcome.same_text':
    'Ештеңе өзгерген жоқ: бұл мәтін жоспардың {{version}}-нұсқасы ретінде бұрыннан бар.',
  'plan.outcome.same_content':
    'Ештеңе өзгерген жоқ: мәтін жоспардың {{version}}-нұсқасымен мазмұны бірдей, сондықтан жаңа нұсқа құрылмады.',
  'plan.cli.cannot_read': '{{file}} файлын оқу мүмкін емес: {{reason}}',
  'plan.cli.too_large':
    'Файл {{limit}} шегінен үлкен: мәтін ретінде экспортталған жоспар әлдеқайда кіші болады.',

  'plan.export.sheet.measures': 'Іс-шаралар',
  'plan.export.sheet.abbreviations': 'Аббревиатуралар',
  'plan.export.approved_by': 'Бекіткен акт: {{act}}',
  'plan.export.version': '{{version}}-нұсқа, {{date}} импортталған',
  'plan.export.column.number': 'Р/с №',
  'plan.export.column.measure': 'Іс-шараның атауы',
  'plan.export.column.form': 'Аяқтау нысаны',
  'plan.export.column.executors': 'Орындауға жауаптылар',
  'plan.export.column.deadline': 'Орындау мерзімі',
  'plan.export.column.cost': 'Болжамды шығыстар (млн теңге)',
  'plan.export.column.total': 'барлығы',
  'plan.export.column.year': '{{year}} жыл',
  'plan.export.column.source': 'Қаржыландыру көзі',
  'plan.export.column.programme': 'Бюджеттік бағдарлама',
  'plan.export.column.code': 'Аббревиатура',
  'plan.export.column.full_name': 'Толық атауы',
  'plan.export.abbreviations': 'Аббревиатуралардың толық жазылуы:',
  'plan.export.by_agreement': 'келісу бойынша',
  'plan.export.not_required': 'талап етілмейді',
  'plan.export.translated_note': '* белгіленген мәтіндер — аударма; жоспардың түпнұсқасы {{language}}.',

  'error.FILE_TOO_LARGE': 'Файл {{limit}} шегінен үлкен.',
  'error.FILE_EMPTY': 'Файл бос.',
  'error.FILE_TYPE_REFUSED':
    'Мұндай файлды тіркеуге болмайды (мазмұны бойынша бұл "{{found}}"). PDF, сурет, Word, Excel, OpenDocument немесе мәтіндік файлдарды тіркеңіз.',
  'error.FILE_MISSING': 'Файлды "file" өрісіне тіркеңіз.',
  'error.PERIOD_NOT_FOUND': 'Есепті кезең табылмады.',
  'error.PERIOD_OVERLAPS': 'Жоспарда осы күндерді қамтитын кезең бар ({{code}}).',
  'error.OBLIGATION_NOT_FOUND': 'Есеп беру міндеті табылмады.',
  'error.REPORT_NOT_YOURS': 'Бұл есеп басқа ұйымға тиесілі: оны тек сол ұйымның орындаушысы толтырады.',
  'error.REPORT_LEAD_ONLY':
    'Іс-шараның жиынтық ақпаратын тек жетекші орындаушы немесе үйлестіруші жаза алады.',
  'error.REPORT_READ_ONLY':
    'Есеп жіберілген немесе қабылданған, оны енді өзгертуге болмайды. Қабылданған есепті үйлестіруші қайта аша алады.',
  'error.REPORT_WRONG_STATE': 'Есептің қазіргі күйінде бұл әрекетті орындауға болмайды.',
  'error.REPORT_OWN_SUBMISSION': 'Өзіңіз жіберген есепті өзіңіз қабылдай алмайсыз.',
  'error.JOB_NOT_FOUND': 'Тапсырма табылмады.',
  'report.status_required': 'Орындалу мәртебесін таңдаңыз.',
  'report.reason_required': 'Іс-шараның орындалмау себебін көрсетіңіз.',
  'report.text_required': 'Орындалу барысын қазақ немесе орыс тілінде сипаттаңыз.',
  'report.document_required':
    'Аяқтау нысаны іс-шара нәтижесінде қабылданған құжатты талап етеді: оның түрін, нөмірін және күнін көрсетіңіз.',
  'report.document_incomplete':
    'Құжаттың түрін, нөмірін және күнін толық көрсетіңіз немесе ешқайсысын көрсетпеңіз.',
  'report.amount_not_a_number':
    'Соманы миллион теңгемен сан түрінде жазыңыз, мысалы 12,5 ("{{value}}" емес).',
  'report.amount_negative': 'Сома теріс бола алмайды.',
  'report.amount_too_precise':
    'Сомалар миллион теңгемен, үтірден кейін ең көбі 3 таңбамен (мың теңгеге дейін) жазылады.',
  'report.amount_too_large':
    '{{maximum}} миллион теңгеден асады: өлшем бірлігін тексеріңіз, сомалар миллион теңгемен жазылады.',
  'report.indicator_unknown': '"{{code}}" деген көрсеткіш жоқ.',
  'report.indicator_not_counted': 'Бұл іс-шара "{{code}}" көрсеткішін есептемейді.',
  'report.spending_source_unknown': '"{{source}}" деген қаржыландыру көзі жоқ.',
  'reporting_rule.coordinator_before_executors':
    'Үйлестірушінің мерзімі орындаушылардың мерзімінен бұрын болмауы керек.',
  'reporting.rule_missing': 'Жоспар есеп беру тәртібінің бұл бөлігін белгілемеген: оны көрсетіңіз.',
  'reporting.year_outside_plan': 'Жоспар {{from}}–{{to}} жылдарды қамтиды.',
  'reporting.part_invalid': 'Бұл кезеңділікте жылдың мұндай бөлігі жоқ.',
  'reporting.comment_required': 'Орындаушы нені түзетуі керек екенін жазыңыз.',
  'reporting.reopen_reason_required': 'Қабылданған есепті қайта ашу себебін көрсетіңіз.',
  'reporting.evidence_unknown': '{{id}} файлы бұл есепке тіркелмеген.',
  'reporting.warning.deadline_unreadable':
    'Іс-шара {{measure}}: орындау мерзімі танылмады, сондықтан іс-шара кезеңге енгізілді.',
  'reporting.warning.no_executors':
    'Іс-шара {{measure}}: орындаушы көрсетілмеген, ол бойынша ешкім есеп бермейді.',
  'reporting.warning.nobody_obliged':
    'Іс-шара {{measure}}: барлық орындаушы келісу бойынша қатысады, сондықтан есеп күтілмейді.',
  'reporting.warning.lead_invited':
    'Іс-шара {{measure}}: жетекші орындаушы келісу бойынша қатысады, оның есебін талап етуге болмайды.',
  'reporting.national_bodies': 'Республикалық органдар',
  'reporting.report.title': 'Жоспардың {{code}} кезеңіндегі орындалуы туралы ақпарат',
  'reporting.report.column.assessment': 'Орындалуын бағалау',
  'notify.reporting.reminder_before.subject': '{{period}} кезеңі бойынша есеп беруге {{days}} күн қалды',
  'notify.reporting.reminder_before.body':
    '{{organisation}}: {{period}} кезеңінің {{count}} іс-шарасы бойынша есеп әлі жіберілмеген (іс-шаралар: {{measures}}). Есеп беру мерзімі — {{due}}.',
  'notify.reporting.reminder_due_today.subject': 'Есеп беру мерзімі бүгін аяқталады: {{period}} кезеңі',
  'notify.reporting.reminder_due_today.body':
    '{{organisation}}: {{period}} кезеңінің {{count}} іс-шарасы бойынша есеп бүгін, {{due}} тапсырылуы тиіс (іс-шаралар: {{measures}}).',
  'notify.reporting.reminder_overdue.subject': 'Есеп беру мерзімі {{days}} күнге кешікті: {{period}} кезеңі',
  'notify.reporting.reminder_overdue.body':
    '{{organisation}}: {{period}} кезеңінің {{count}} іс-шарасы бойынша есеп {{due}} дейін тапсырылуы тиіс еді, бірақ әлі жіберілмеген (іс-шаралар: {{measures}}).',
  'notify.reporting.escalation.subject': 'Мерзімі өткен есептер: {{organisation}}, {{period}} кезеңі',
  'notify.reporting.escalation.body':
    '{{organisation}} {{period}} кезеңінің {{count}} іс-шарасы бойынша {{due}} дейін тапсырылуы тиіс есептерді жібермеді; мерзімнен бері {{days}} күн өтті (іс-шаралар: {{measures}}).',
  'notify.reporting.report_returned.subject':
    'Есеп түзетуге қайтарылды: іс-шара {{measure}}, {{period}} кезеңі',
  'notify.reporting.report_returned.body':
    'Үйлестіруші іс-шара {{measure}} бойынша есебіңізді ({{period}} кезеңі) қайтарды: {{comment}}',
  'notify.reporting.report_accepted.subject': 'Есеп қабылданды: іс-шара {{measure}}, {{period}} кезеңі',
  'notify.reporting.report_accepted.body':
    'Үйлестіруші іс-шара {{measure}} бойынша есебіңізді ({{period}} кезеңі) қабылдады. {{comment}}',
};
