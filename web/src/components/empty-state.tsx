import type { ReactNode } from 'react';
import { Icon, type IconName } from './icons';

/** What will appear here, and the one action that fills it. */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon: IconName;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className="empty" aria-label={title}>
      <div className="empty-icon">
        <Icon name={icon} size={36} />
      </div>
      <h2>{title}</h2>
      <div className="empty-body">{children}</div>
      {action && <div className="empty-action">{action}</div>}
    </section>
  );
}
