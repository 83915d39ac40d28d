import { iinCheckDigit } from '@qorgau/domain/identity/iin';
import type { Session, TestApp } from '../harness.ts';

/** A valid IIN for a birth date and sex (century digit 5/6 for the 2000s), with a serial to tell children apart. */
export function iinFor(birthDate: string, sex: 'male' | 'female', serial: number): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  for (let s = serial; ; s++) {
    const first11 = `${y.slice(2)}${m}${d}${sex === 'male' ? 5 : 6}${String(s % 10_000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

export async function organisationId(s: Session, code: string): Promise<string> {
  const response = await s.request('GET', `/api/v1/organisations?search=${encodeURIComponent(code)}`);
  const found = (response.json().items as { id: string; code: string }[]).find((o) => o.code === code);
  if (!found) throw new Error(`no organisation ${code}`);
  return found.id;
}

export interface ChildInput {
  surname: string;
  givenName: string;
  patronymic?: string;
  writtenIn?: 'kk' | 'ru';
  birthDate: string;
  sex: 'male' | 'female';
  iin?: string | null;
  katoCode?: string;
}

/** A registration body of a suspected physical abuse of a child, as a school psychologist sends it. */
export function registration(t: TestApp, child: ChildInput, overrides: Record<string, unknown> = {}) {
  return {
    source: 'school',
    reportedAt: t.clock.now().toISOString(),
    concerns: ['physical_abuse'],
    child: {
      name: {
        surname: child.surname,
        givenName: child.givenName,
        patronymic: child.patronymic ?? null,
        writtenIn: child.writtenIn ?? 'kk',
      },
      iin: child.iin ?? null,
      birthDate: child.birthDate,
      sex: child.sex,
      citizenship: 'KZ',
      address: { katoCode: child.katoCode ?? '711110000', line: 'Жеңіс даңғылы, 12' },
      school: { grade: 7, letter: 'Ә' },
      languages: ['kk', 'ru'],
      family: [
        {
          relation: 'mother',
          name: { surname: 'Серікбаева', givenName: 'Гүлнар', writtenIn: 'kk' },
          isLegalRepresentative: true,
          livesWithChild: true,
          safeToContact: true,
          contacts: [{ kind: 'phone', value: '+7 701 111 22 33' }],
        },
      ],
    },
    incident: {
      occurredOn: '2026-02-27',
      place: 'home',
      description: 'Баланың қолында көгерген іздер бар, үйде әкесі ұрады деп айтты.',
      perpetrators: [{ relation: 'father', livesWithChild: true }],
    },
    triage: { riskLevel: 'high', reason: 'Зорлық-зомбылық үйде жалғасуы мүмкін.' },
    ...overrides,
  };
}
