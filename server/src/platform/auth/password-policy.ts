import type { FieldIssue } from '../errors.ts';

/**
 * Password policy, after NIST SP 800-63B: length over composition rules, no known-common passwords,
 * nothing built from the username. Returns stable problem codes that the UI translates.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem =
  | 'too_short'
  | 'too_long'
  | 'contains_username'
  | 'too_common'
  | 'too_repetitive';

// The most common passwords and their obvious local variants; argon2id makes guessing slow, this list
// makes the first guesses useless.
const COMMON = new Set([
  '123456789012',
  '1234567890qwerty',
  'qwertyuiop123',
  'qwerty123456',
  'password1234',
  'password12345',
  'passwordpassword',
  'administrator',
  'iloveyou1234',
  'qazwsxedcrfv',
  '1q2w3e4r5t6y',
  'zaq12wsxcde3',
  'kazakhstan2020',
  'kazakhstan2024',
  'kazakhstan2025',
  'kazakhstan2026',
  'qazaqstan2026',
  'astana123456',
  'almaty123456',
  'qorgau123456',
  'qorgaupassword',
]);

/** Lists what is wrong with a password for the given username; empty when acceptable. */
export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const lower = password.toLowerCase();
  if (username.length >= 3 && lower.includes(username.toLowerCase())) problems.push('contains_username');
  if (COMMON.has(lower)) problems.push('too_common');
  if (new Set(lower).size < 4) problems.push('too_repetitive');
  return problems;
}

/** A policy problem as a field issue the API answers with, translated into the caller's language. */
export function passwordIssue(field: string, problem: PasswordProblem): FieldIssue {
  return {
    field,
    key: `password.${problem}`,
    params: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
  };
}
