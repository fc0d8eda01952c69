import { Link } from 'react-router';
import type { DashboardResponse } from '../../../src/contract/dashboard';
import { formatDistance } from '../../../src/core/units/format';
import type { Units } from '../lib/settings';

/** Shoes from 500 km on, or past the distance set to retire them, with a link to the garage. */
export function ShoesNearLimit({
  shoes,
  units,
}: {
  shoes: DashboardResponse['shoesNearLimit'];
  units: Units;
}) {
  return (
    <>
      {shoes.length === 0 ? (
        <p>None of your shoes is near 500 km yet.</p>
      ) : (
        <ul className="shoe-watch">
          {shoes.map((s) => (
            <li key={s.id} className={`shoe-${s.level}`}>
              <span className="shoe-name">{s.name}</span>{' '}
              <span>
                {formatDistance(s.distanceKm * 1000, units)} of {formatDistance(s.retireKm * 1000, units)}:{' '}
                <strong>
                  {s.level === 'replace' ? 'time for a new pair' : 'check the soles and cushioning'}
                </strong>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/shoes">Your shoes</Link>
      </p>
    </>
  );
}
