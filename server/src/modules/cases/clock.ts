import { localDateOf } from '@qorgau/domain/protocol/kazakhstan-time';

/** Today's date in Kazakhstan, for rules such as "a birth date cannot be in the future". */
export function kazakhstanToday(now: Date): string {
  return localDateOf(now.getTime());
}
