// The left navigation column: the app's seal and name, the screens, settings at the foot.
import { zh } from '../platform/i18n/index.ts';
import { BrandSeal, Icon } from '../ui/index.ts';
import { useNavigation } from '../core/index.ts';
import { FOOTER_NAV, MAIN_NAV, type NavItem } from './nav.ts';

export function Sidebar() {
  return (
    <aside className="sidebar">
      <div className="brand">
        <BrandSeal />
        <span className="brand-text">
          <span className="brand-name">{zh.app.name}</span>
          <span className="brand-tagline">{zh.app.tagline}</span>
        </span>
      </div>
      <nav className="nav" aria-label={zh.nav.label}>
        <ul className="nav-list">
          {MAIN_NAV.map((item) => (
            <NavEntry key={item.screen} item={item} />
          ))}
        </ul>
        <ul className="nav-list nav-footer">
          {FOOTER_NAV.map((item) => (
            <NavEntry key={item.screen} item={item} />
          ))}
        </ul>
      </nav>
    </aside>
  );
}

function NavEntry({ item }: { item: NavItem }) {
  const active = useNavigation((state) => state.screen === item.screen);
  const navigate = useNavigation((state) => state.navigate);
  return (
    <li>
      <button
        type="button"
        className={active ? 'nav-item active' : 'nav-item'}
        aria-current={active ? 'page' : undefined}
        onClick={() => navigate(item.screen)}
      >
        <Icon name={item.icon} size={18} />
        <span>{item.label}</span>
      </button>
    </li>
  );
}
