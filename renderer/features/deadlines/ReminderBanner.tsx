// The in-app 截止提醒 at the top of the window: `7 天内有 5 项申报截止（3 位客户）`, at
// start and each new day; 查看 opens 截止日期, 知道了 hides it until tomorrow.
import { zh } from '../../platform/i18n/index.ts';
import { Button, Icon } from '../../ui/index.ts';
import { useNavigation } from '../../core/index.ts';
import { useDeadlinesView } from './store.ts';
import { useDeadlineReminder } from './useDeadlineReminder.ts';

export function ReminderBanner() {
  const { today, summary } = useDeadlineReminder();
  const dismissedOn = useDeadlinesView((state) => state.reminderDismissedOn);
  const dismiss = useDeadlinesView((state) => state.dismissReminder);
  const navigate = useNavigation((state) => state.navigate);
  if (!summary || dismissedOn === today) return null;
  return (
    <section className="reminder-banner" aria-label={zh.deadlines.reminder.label}>
      <Icon name="clock" />
      <span className="reminder-text">{zh.deadlines.reminder.text(summary.days, summary.count, summary.clients)}</span>
      <Button size="sm" variant="primary" onClick={() => navigate('deadlines')}>
        {zh.deadlines.reminder.open}
      </Button>
      <Button size="sm" onClick={() => dismiss(today)}>
        {zh.deadlines.reminder.dismiss}
      </Button>
    </section>
  );
}
