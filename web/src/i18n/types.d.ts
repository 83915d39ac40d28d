import 'i18next';
import type { CaseLabelKey, ProtocolLabelKey } from './case-labels.ts';
import type { en } from './en.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    keySeparator: false;
    nsSeparator: false;
    resources: { translation: typeof en & Record<CaseLabelKey | ProtocolLabelKey, string> };
  }
}
