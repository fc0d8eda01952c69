import type { Urgency } from '../../../src/core/checkin/urgency';
import { URGENCY_LOOK } from './urgency-look';

/** The urgency as a word, an icon and a colour role: never the colour alone. */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const look = URGENCY_LOOK[urgency];
  return (
    <span className={`badge ${look.className}`}>
      <span aria-hidden="true" className="badge-icon">
        {look.icon}
      </span>
      <span>{look.word}</span>
    </span>
  );
}
