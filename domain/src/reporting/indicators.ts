// Quantitative indicators an executor can report. The catalogue is closed so figures from seventeen
// akimats add up: "participants" means the same thing in every report. A measure may count only some of
// them (a training measure counts people trained, a video-surveillance measure facilities equipped).

/** The indicator catalogue. */
export const INDICATOR_CODES = [
  'events_held',
  'participants',
  'people_trained',
  'facilities_equipped',
  'children_covered',
  'materials_published',
] as const;

/** One indicator of the catalogue. */
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

/** How the consolidated text names each indicator before its figure ("қатысушылар — 3 500"). */
export const INDICATOR_LABELS: Readonly<Record<IndicatorCode, { readonly kk: string; readonly ru: string }>> =
  {
    events_held: { kk: 'өткізілген іс-шаралар', ru: 'проведено мероприятий' },
    participants: { kk: 'қатысушылар', ru: 'участников' },
    people_trained: { kk: 'оқытылған адамдар', ru: 'обучено человек' },
    facilities_equipped: { kk: 'жабдықталған объектілер', ru: 'оснащено объектов' },
    children_covered: { kk: 'қамтылған балалар', ru: 'охвачено детей' },
    materials_published: { kk: 'жарияланған материалдар', ru: 'опубликовано материалов' },
  };

/** True when the string names an indicator of the catalogue. */
export const isIndicatorCode = (value: string): value is IndicatorCode =>
  (INDICATOR_CODES as readonly string[]).includes(value);
