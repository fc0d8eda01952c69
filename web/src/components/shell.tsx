import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../lib/auth';
import { Icon, type IconName } from './icons';

export interface Destination {
  to: string;
  label: string;
  icon: IconName;
  /** Shown in the phone's bottom bar; the rest live under "More". */
  primary: boolean;
}

export const DESTINATIONS: Destination[] = [
  { to: '/', label: 'Home', icon: 'home', primary: true },
  { to: '/check-in', label: 'Check-in', icon: 'checkin', primary: true },
  { to: '/runs', label: 'Runs', icon: 'runs', primary: true },
  { to: '/plan', label: 'Plan', icon: 'plan', primary: true },
  { to: '/pain', label: 'Pain', icon: 'pain', primary: false },
  { to: '/shoes', label: 'Shoes', icon: 'shoes', primary: false },
  { to: '/settings', label: 'Settings', icon: 'settings', primary: false },
  { to: '/form-check', label: 'Form check', icon: 'camera', primary: false },
  { to: '/about', label: 'About', icon: 'info', primary: false },
];

/** Where a destination stands against the current path: this page, a page under it, or neither. */
function placeOf(to: string, pathname: string, under: string[] = []): 'page' | 'within' | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === to) return 'page';
  if (to !== '/' && path.startsWith(`${to}/`)) return 'within';
  if (under.some((u) => path === u || path.startsWith(`${u}/`))) return 'within';
  return null;
}

/**
 * A navigation link that shows where the runner is: `aria-current="page"` on the link to this very page,
 * `aria-current="true"` on the one whose section holds it (Runs on a run's page, More on Shoes).
 */
function NavItem({
  to,
  label,
  icon,
  under,
}: {
  to: string;
  label: string;
  icon: IconName;
  under?: string[];
}) {
  const { pathname } = useLocation();
  const place = placeOf(to, pathname, under);
  return (
    <Link
      to={to}
      className={place ? 'active' : undefined}
      aria-current={place === 'page' ? 'page' : place === 'within' ? 'true' : undefined}
    >
      <Icon name={icon} />
      <span>{label}</span>
    </Link>
  );
}

/** On phones, "More" holds the destinations that do not fit in the bottom bar. */
const UNDER_MORE = DESTINATIONS.filter((d) => !d.primary).map((d) => d.to);

/** The signed-in frame: a sidebar on wide screens, a thumb-reachable bottom bar on phones. */
export function Shell() {
  const { me, logOut } = useAuth();
  const navigate = useNavigate();
  const onLogOut = async () => {
    await logOut();
    navigate('/log-in');
  };
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          backstride
        </span>
        <span className="topbar-user" title={me?.email}>
          {me?.email}
        </span>
      </header>
      <nav className="sidebar" aria-label="Main">
        <ul>
          {DESTINATIONS.map((d) => (
            <li key={d.to}>
              <NavItem to={d.to} label={d.label} icon={d.icon} />
            </li>
          ))}
        </ul>
        <button type="button" className="link-button sidebar-logout" onClick={onLogOut}>
          <Icon name="logout" />
          <span>Log out</span>
        </button>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <nav className="bottombar" aria-label="Main (phone)">
        <ul>
          {DESTINATIONS.filter((d) => d.primary).map((d) => (
            <li key={d.to}>
              <NavItem to={d.to} label={d.label} icon={d.icon} />
            </li>
          ))}
          <li>
            <NavItem to="/more" label="More" icon="more" under={UNDER_MORE} />
          </li>
        </ul>
      </nav>
    </div>
  );
}
