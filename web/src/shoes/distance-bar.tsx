/** A shoe's distance as a bar, marked at the 500 km check and at the distance the runner replaces it. */
import { formatDistance, toUnits } from '../../../src/core/units/format';
import type { Units } from '../lib/settings';
import { SHOE_RULES, type Shoe } from './types';

export function DistanceBar({ shoe, units }: { shoe: Shoe; units: Units }) {
  const end = Math.max(shoe.retireKm, shoe.distanceKm, SHOE_RULES.checkKm) * 1.08;
  const at = (km: number) => `${Math.min(100, (km / end) * 100).toFixed(2)}%`;
  const left = shoe.retireKm - shoe.distanceKm;
  const dist = (km: number) => formatDistance(km * 1000, units);
  /** A mark, in whole units as a runner says it: 500 km, 311 mi. */
  const mark = (km: number) => `${Math.round(toUnits(km * 1000, units))} ${units}`;
  const showCheck = SHOE_RULES.checkKm < shoe.retireKm;
  return (
    <div className="shoe-bar-wrap">
      <div className={`shoe-bar shoe-bar-${shoe.status}`} aria-hidden="true">
        <div className="shoe-bar-fill" style={{ width: at(shoe.distanceKm) }} />
        {showCheck && (
          <span className="shoe-mark shoe-mark-check" style={{ left: at(SHOE_RULES.checkKm) }}>
            <span className="shoe-mark-label">{mark(SHOE_RULES.checkKm)}</span>
          </span>
        )}
        <span className="shoe-mark shoe-mark-retire" style={{ left: at(shoe.retireKm) }}>
          <span className="shoe-mark-label">{mark(shoe.retireKm)}</span>
        </span>
      </div>
      <p className="shoe-distance">
        <strong>{dist(shoe.distanceKm)}</strong>{' '}
        {left > 0
          ? `· ${dist(left)} to go before ${mark(shoe.retireKm)}`
          : `· past the ${mark(shoe.retireKm)} you set`}
      </p>
    </div>
  );
}
