/**
 * Form check (issue 14): film or pick a side-on clip, analyse it on the phone, see the numbers with their
 * error bands, a still with lines, and the one cue to work on; save the numbers if you like. The video
 * never leaves the device.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { dayIn, isoDay } from '../../../src/core/load/calendar';
import { formCheckInputOf } from '../../../src/core/form/saved-check';
import type { FormAnalysis } from '../../../src/core/form/types';
import { apiCall } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { browserTimeZone } from '../lib/time-zone';
import { analyseClip, type ClipOutcome, type NoResultCode } from './analyse-clip';
import { AnalysisProgress } from './analysis-progress';
import { CaptureGuidance } from './guidance';
import { ClipPicker } from './clip-picker';
import { FormHistory, type HistoryLoad } from './history';
import { NoResult } from './no-result';
import type { ClipPoses, PipelineProgress } from './pipeline';
import { metricsOf, Results } from './results';
import { SaveForm } from './save-form';
import { StillCanvas } from './still-canvas';
import { METRIC_WORDS } from './words';
import './form-check.css';

type Step =
  | { at: 'pick'; note?: string }
  | { at: 'working'; progress: PipelineProgress | null }
  | { at: 'no_result'; code: NoResultCode; detail: string }
  | { at: 'result'; file: File; analysis: FormAnalysis; poses: ClipPoses };

/** The contact whose overstride is nearest the median: the still that stands for the clip. */
function typicalContact(a: FormAnalysis) {
  return a.contacts.reduce<FormAnalysis['contacts'][number] | null>(
    (best, c) =>
      best === null ||
      Math.abs(c.overstrideLegs - a.overstrideLegs.value) <
        Math.abs(best.overstrideLegs - a.overstrideLegs.value)
        ? c
        : best,
    null,
  );
}

export function FormCheckPage() {
  usePageTitle('Form check');
  const [step, setStep] = useState<Step>({ at: 'pick' });
  const [history, setHistory] = useState<HistoryLoad>({ state: 'loading' });
  const controller = useRef<AbortController | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const refresh = useCallback(async () => {
    try {
      const { items } = await apiCall('GET /api/form-checks');
      setHistory({ state: 'ready', items });
    } catch {
      setHistory((h) => (h.state === 'ready' ? h : { state: 'failed' }));
    }
  }, []);
  useEffect(() => {
    void refresh();
    return () => controller.current?.abort();
  }, [refresh]);

  const analyse = async (file: File) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setStep({ at: 'working', progress: null });
    let outcome: ClipOutcome;
    try {
      outcome = await analyseClip(file, {
        signal: abort.signal,
        onProgress: (progress) => !abort.signal.aborted && setStep({ at: 'working', progress }),
      });
    } catch (error) {
      // A fault in the pipeline or the analysis: say so plainly, with the technical reason behind Details.
      outcome = { kind: 'no_result', code: 'failed', detail: String(error) };
    }
    if (controller.current !== abort) return;
    controller.current = null;
    if (outcome.kind === 'cancelled') setStep({ at: 'pick', note: 'Stopped. Nothing was kept.' });
    else if (outcome.kind === 'no_result')
      setStep({ at: 'no_result', code: outcome.code, detail: outcome.detail });
    else setStep({ at: 'result', file, analysis: outcome.analysis, poses: outcome.poses });
    heading.current?.focus();
  };

  const cancel = () => {
    controller.current?.abort();
    controller.current = null;
    setStep({ at: 'pick', note: 'Stopped. Nothing was kept.' });
  };

  const today = isoDay(dayIn(Date.now(), browserTimeZone()));

  return (
    <>
      <p className="crumbs">
        <Link to="/plan/form">Running form</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Form check
      </h1>
      <p>
        A short side-on video of you running shows how your foot lands, how you hold your trunk and how
        quickly you step. You get the one thing worth working on first.
      </p>
      <div className="cards">
        {step.at === 'pick' && (
          <>
            {step.note && (
              <p className="status" role="status">
                {step.note}
              </p>
            )}
            <CaptureGuidance />
            <ClipPicker onPick={(file) => void analyse(file)} />
          </>
        )}
        {step.at === 'working' && <AnalysisProgress progress={step.progress} onCancel={cancel} />}
        {step.at === 'no_result' && (
          <NoResult code={step.code} detail={step.detail} onRetry={() => setStep({ at: 'pick' })} />
        )}
        {step.at === 'result' && (
          <ResultStep
            step={step}
            today={today}
            onSaved={() => void refresh()}
            onAgain={() => setStep({ at: 'pick' })}
          />
        )}
        <FormHistory load={history} />
      </div>
    </>
  );
}

function ResultStep({
  step,
  today,
  onSaved,
  onAgain,
}: {
  step: Extract<Step, { at: 'result' }>;
  today: string;
  onSaved: () => void;
  onAgain: () => void;
}) {
  const { analysis, poses, file } = step;
  const contact = typicalContact(analysis);
  const frame = contact ? poses.frames[contact.frame] : undefined;
  return (
    <>
      <Results
        metrics={metricsOf(analysis)}
        steps={analysis.steps}
        clipS={poses.clip.durationS}
        cue={analysis.advice.cue}
        reason={analysis.advice.reason}
        cadenceTargetSpm={analysis.advice.cadenceTargetSpm}
        still={
          contact && frame ? (
            <StillCanvas
              file={file}
              contact={contact}
              frame={frame}
              clip={poses.clip}
              facing={analysis.facing}
              overstrideWords={METRIC_WORDS.overstrideLegs.format(contact.overstrideLegs)}
            />
          ) : undefined
        }
      />
      <SaveForm
        body={formCheckInputOf(analysis, poses.model, poses.clip.durationS)}
        today={today}
        onSaved={onSaved}
      />
      <button type="button" className="button wide" onClick={onAgain}>
        Check another clip
      </button>
    </>
  );
}
