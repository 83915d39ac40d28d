/**
 * Server texts of case management, kept apart from the platform's own catalog so each capability owns its
 * messages; merged into one catalog in translate.ts. kk and ru are typed against en, so none can be missing.
 */
export const casesEn = {
  'error.CASE_NOT_FOUND': 'The case does not exist or you have no access to it.',
  'error.PERSON_NOT_FOUND': 'The person does not exist or you have no access to the record.',
  'error.REFERRAL_NOT_FOUND': 'The referral does not exist or is not addressed to you.',
  'error.TRANSFER_NOT_FOUND': 'The transfer does not exist or is not addressed to you.',
  'error.TASK_NOT_FOUND': 'The task does not exist.',
  'error.IIN_TAKEN': 'This IIN is already registered for another child. Use the existing record.',
  'error.CASE_ACTION_REFUSED': 'This cannot be done now: {{reason}}',
  'error.CONSENT_OVERRIDE_REQUIRED':
    'There is no consent to share this case with this organisation. A supervisor or case manager can override it, giving a reason.',
  'error.MERGE_REFUSED': 'These records cannot be merged: {{reason}}',
  'case.merge.same_person': 'a record cannot be merged into itself',
  'case.merge.already_merged': 'one of the records has already been merged',
  'case.merge.iin_differs': 'the two records have different IINs',
  'case.merge.not_merged': 'this merge has already been undone',
  'case.refusal.already_recorded': 'it has already been recorded.',
} as const;

export type CasesMessageKey = keyof typeof casesEn;

export const casesKk: Record<CasesMessageKey, string> = {
  'error.CASE_NOT_FOUND': 'Мұндай іс жоқ немесе оған қол жеткізуіңіз жоқ.',
  'error.PERSON_NOT_FOUND': 'Мұндай адам жоқ немесе жазбаға қол жеткізуіңіз жоқ.',
  'error.REFERRAL_NOT_FOUND': 'Мұндай жолдама жоқ немесе ол сізге жіберілмеген.',
  'error.TRANSFER_NOT_FOUND': 'Мұндай беру жоқ немесе ол сізге арналмаған.',
  'error.TASK_NOT_FOUND': 'Мұндай тапсырма жоқ.',
  'error.IIN_TAKEN': 'Бұл ЖСН басқа балаға тіркелген. Бар жазбаны пайдаланыңыз.',
  'error.CASE_ACTION_REFUSED': 'Мұны қазір орындау мүмкін емес: {{reason}}',
  'error.CONSENT_OVERRIDE_REQUIRED':
    'Бұл істі осы ұйыммен бөлісуге келісім жоқ. Супервизор немесе кейс-менеджер себебін көрсетіп, рұқсат бере алады.',
  'error.MERGE_REFUSED': 'Бұл жазбаларды біріктіру мүмкін емес: {{reason}}',
  'case.merge.same_person': 'жазбаны өзімен біріктіруге болмайды',
  'case.merge.already_merged': 'жазбалардың бірі бұрын біріктірілген',
  'case.merge.iin_differs': 'екі жазбаның ЖСН-і әртүрлі',
  'case.merge.not_merged': 'бұл біріктіру бұрын болдырылмаған',
  'case.refusal.already_recorded': 'бұл бұрын жазылған.',
};

export const casesRu: Record<CasesMessageKey, string> = {
  'error.CASE_NOT_FOUND': 'Такого случая нет, или у вас нет к нему доступа.',
  'error.PERSON_NOT_FOUND': 'Такого лица нет, или у вас нет доступа к записи.',
  'error.REFERRAL_NOT_FOUND': 'Такого направления нет, или оно адресовано не вам.',
  'error.TRANSFER_NOT_FOUND': 'Такой передачи нет, или она адресована не вам.',
  'error.TASK_NOT_FOUND': 'Такой задачи нет.',
  'error.IIN_TAKEN': 'Этот ИИН уже зарегистрирован за другим ребёнком. Используйте существующую запись.',
  'error.CASE_ACTION_REFUSED': 'Сейчас это сделать нельзя: {{reason}}',
  'error.CONSENT_OVERRIDE_REQUIRED':
    'Нет согласия на передачу сведений этой организации. Супервизор или кейс-менеджер может разрешить это, указав причину.',
  'error.MERGE_REFUSED': 'Эти записи нельзя объединить: {{reason}}',
  'case.merge.same_person': 'запись нельзя объединить саму с собой',
  'case.merge.already_merged': 'одна из записей уже объединена',
  'case.merge.iin_differs': 'у записей разные ИИН',
  'case.merge.not_merged': 'это объединение уже отменено',
  'case.refusal.already_recorded': 'это уже записано.',
};
