// Dates as the UI shows them: days left until a deadline, and its state.
import { describe, expect, it } from 'vitest';
import { daysBetween, deadlineState } from '../../../renderer/ui/dates.ts';

describe('deadlines', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2018-12-28', '2019-01-08')).toBe(11);
    expect(daysBetween('2019-01-08', '2018-12-28')).toBe(-11);
  });

  it('says passed, today, soon or later', () => {
    expect(deadlineState('2019-01-08', '2019-01-09')).toEqual({ state: 'passed', days: 1 });
    expect(deadlineState('2019-01-08', '2019-01-08')).toEqual({ state: 'today', days: 0 });
    expect(deadlineState('2019-01-08', '2018-12-28')).toEqual({ state: 'soon', days: 11 });
    expect(deadlineState('2019-03-08', '2018-12-28').state).toBe('later');
  });
});
