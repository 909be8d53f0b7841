// A labelled progress bar (role=progressbar with its value), for import progress.
export function ProgressBar({ value, label, tone = 'accent' }: { value: number; label: string; tone?: 'accent' | 'success' | 'danger' | 'muted' }) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={`progress progress-${tone}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
