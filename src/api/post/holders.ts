// Who held a post on a day, from its appointment history.
import type { AppointmentRecord } from '../../graph/readers/shapes';

/** People whose latest event on or before `on` (or latest event at all) is an appointment. */
export function holdersOn(history: AppointmentRecord[], on: string | undefined): AppointmentRecord[] {
  const last = new Map<string, AppointmentRecord>();
  for (const event of history) {
    const day = event.rel.on == null ? null : String(event.rel.on);
    if (on && day && day > on) continue;
    if (event.relation === 'NOMINATED_FOR') continue;
    last.set(event.person.key, event);
  }
  return [...last.values()].filter((e) => e.relation === 'APPOINTED_TO');
}
