// The bar above the briefing: client, period, design and title, and 保存简报.
import { useShallow } from 'zustand/react/shallow';
import { useId } from 'react';
import { BRIEFING_TEMPLATE_IDS } from '../../../shared/model/briefing.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button } from '../../ui/index.ts';
import type { ClientSummary } from '../../core/index.ts';
import { useBriefingDraft } from './store.ts';
import { ClientPicker } from './ClientPicker.tsx';

type BriefingSetupProps = {
  summaries: readonly ClientSummary[];
  defaultTitle: string;
  /** The 期号 the briefing gets (the next one unless set here). */
  issueNumber: number;
  canSave: boolean;
  saving: boolean;
  onSave: () => void;
};

export function BriefingSetup({ summaries, defaultTitle, issueNumber, canSave, saving, onSave }: BriefingSetupProps) {
  const ids = { from: useId(), to: useId(), title: useId(), issue: useId() };
  const { from, to, template, title, setPeriod, setTemplate, setTitle, setIssueNumber } = useBriefingDraft(
    useShallow((state) => ({ from: state.from, to: state.to, template: state.template, title: state.title, setPeriod: state.setPeriod, setTemplate: state.setTemplate, setTitle: state.setTitle, setIssueNumber: state.setIssueNumber })),
  );
  return (
    <div className="composer-setup">
      <div className="composer-client">
        <ClientPicker summaries={summaries} />
      </div>
      <div className="field">
        <span className="field-label">{zh.briefing.period}</span>
        <div className="period-inputs">
          <input id={ids.from} className="input" type="date" aria-label={zh.briefing.periodFrom} value={from} max={to || undefined} onChange={(event) => setPeriod(event.target.value, to)} />
          <span className="muted">{zh.briefing.periodTo}</span>
          <input id={ids.to} className="input" type="date" aria-label={zh.briefing.periodUntil} value={to} min={from || undefined} onChange={(event) => setPeriod(from, event.target.value)} />
        </div>
      </div>
      <fieldset className="field template-choice">
        <legend className="field-label">{zh.briefing.template}</legend>
        <div className="segmented inline">
          {BRIEFING_TEMPLATE_IDS.map((id) => (
            <label key={id} className={template === id ? 'segment checked' : 'segment'}>
              <input type="radio" name="briefing-template" value={id} checked={template === id} onChange={() => setTemplate(id)} />
              <span>{zh.briefing.templates[id]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field composer-issue">
        <label className="field-label" htmlFor={ids.issue}>
          {zh.briefing.issue}
        </label>
        <input
          id={ids.issue}
          className="input"
          type="number"
          min={1}
          max={999}
          value={issueNumber}
          onChange={(event) => {
            const value = Number(event.target.value);
            setIssueNumber(Number.isInteger(value) && value >= 1 ? value : null);
          }}
        />
      </div>
      <div className="field composer-title">
        <label className="field-label" htmlFor={ids.title}>
          {zh.briefing.title}
        </label>
        <input id={ids.title} className="input" value={title ?? defaultTitle} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <Button className="composer-save" variant="primary" icon="download" disabled={!canSave || saving} onClick={onSave}>
        {saving ? zh.briefing.saving : zh.briefing.save}
      </Button>
    </div>
  );
}
