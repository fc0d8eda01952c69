import { NavLink, Outlet, useNavigate } from 'react-router';
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
];

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
        <span className="brand" aria-label="backstride">
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
              <NavLink to={d.to} end={d.to === '/'}>
                <Icon name={d.icon} />
                <span>{d.label}</span>
              </NavLink>
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
              <NavLink to={d.to} end={d.to === '/'}>
                <Icon name={d.icon} />
                <span>{d.label}</span>
              </NavLink>
            </li>
          ))}
          <li>
            <NavLink to="/more">
              <Icon name="more" />
              <span>More</span>
            </NavLink>
          </li>
        </ul>
      </nav>
    </div>
  );
}
