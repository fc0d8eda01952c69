/** Adding or changing a pair: brand, model, nickname, distance before backstride, when to replace it. */
import { useMemo, useState, type FormEvent } from 'react';
import { fromUnits, parseDistanceInput, toUnits } from '../../../src/core/units/format';
import { apiCall, ApiError } from '../lib/api';
import type { Units } from '../lib/settings';
import { Field } from '../components/field';
import { SHOE_LIMITS, SHOE_RULES, type Shoe } from './types';

interface Draft {
  brand: string;
  model: string;
  nickname: string;
  startKm: string;
  retireKm: string;
  defaultRunning: boolean;
}

const shown = (km: number, units: Units) => String(Math.round(toUnits(km * 1000, units) * 10) / 10);

/** Typed distance in the runner's unit → km, or an error message. */
function distanceKm(text: string, units: Units, min: number, max: number, what: string): number | string {
  const v = parseDistanceInput(text);
  if (v === null) return `Enter ${what} as a number, like ${units === 'km' ? '120' : '75'}.`;
  const km = fromUnits(v, units) / 1000;
  if (km < min - 1e-9) return `Enter at least ${shown(min, units)} ${units}.`;
  if (km > max + 1e-9) return `That is more than ${shown(max, units)} ${units}. Check the number.`;
  return Math.round(km * 10) / 10;
}

export function ShoeForm({
  shoe,
  units,
  onSaved,
  onCancel,
}: {
  shoe?: Shoe;
  units: Units;
  onSaved: (s: Shoe) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>({
    brand: shoe?.brand ?? '',
    model: shoe?.model ?? '',
    nickname: shoe?.nickname ?? '',
    startKm: shown(shoe?.startKm ?? 0, units),
    retireKm: shown(shoe?.retireKm ?? SHOE_RULES.retireKm, units),
    defaultRunning: shoe ? shoe.defaultFor === 'running' : false,
  });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setError(null);
  };
  const checked = useMemo(() => {
    const start = distanceKm(draft.startKm || '0', units, 0, SHOE_LIMITS.maxStartKm, 'the distance');
    const retire = distanceKm(
      draft.retireKm,
      units,
      SHOE_LIMITS.minRetireKm,
      SHOE_LIMITS.maxRetireKm,
      'the distance',
    );
    return {
      brand: draft.brand.trim() ? undefined : 'Enter the brand, like Nike or Asics.',
      startKm: typeof start === 'string' ? start : undefined,
      retireKm: typeof retire === 'string' ? retire : undefined,
      start,
      retire,
    };
  }, [draft, units]);
  const show = (k: 'brand' | 'startKm' | 'retireKm') =>
    (submitted || touched[k] ? checked[k] : undefined) ?? error?.fieldError(k);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (checked.brand || typeof checked.start === 'string' || typeof checked.retire === 'string') return;
    setSaving(true);
    setError(null);
    const body = {
      brand: draft.brand.trim(),
      model: draft.model.trim(),
      nickname: draft.nickname.trim() || null,
      startKm: checked.start,
      retireKm: checked.retire,
      ...(draft.defaultRunning
        ? { defaultFor: 'running' as const }
        : shoe?.defaultFor === 'running'
          ? { defaultFor: null }
          : {}),
    };
    try {
      const saved = shoe
        ? await apiCall('PATCH /api/shoes/:id', { params: { id: shoe.id }, body })
        : await apiCall('POST /api/shoes', { body });
      onSaved(saved);
    } catch (err) {
      setError(err instanceof ApiError ? err : null);
      setSaving(false);
    }
  };
  const blur = (k: string) => () => setTouched((t) => ({ ...t, [k]: true }));

  return (
    <form
      className="shoe-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={shoe ? `Change ${shoe.name}` : 'Add a pair'}
    >
      <Field
        label="Brand"
        value={draft.brand}
        maxLength={SHOE_LIMITS.brandMax}
        autoComplete="off"
        required
        onChange={(e) => set('brand', e.target.value)}
        onBlur={blur('brand')}
        error={show('brand')}
      />
      <Field
        label="Model (optional)"
        value={draft.model}
        maxLength={SHOE_LIMITS.modelMax}
        autoComplete="off"
        onChange={(e) => set('model', e.target.value)}
        error={error?.fieldError('model')}
      />
      <Field
        label="Nickname (optional)"
        hint="Shown instead of brand and model, handy for two pairs of the same shoe."
        value={draft.nickname}
        maxLength={SHOE_LIMITS.nicknameMax}
        autoComplete="off"
        onChange={(e) => set('nickname', e.target.value)}
        error={error?.fieldError('nickname')}
      />
      <div className="field-row">
        <Field
          label={`Already run (${units})`}
          hint="Distance on them before backstride."
          inputMode="decimal"
          value={draft.startKm}
          onChange={(e) => set('startKm', e.target.value)}
          onBlur={blur('startKm')}
          error={show('startKm')}
        />
        <Field
          label={`Replace at (${units})`}
          hint={`Most pairs last ${units === 'km' ? '500 to 800 km' : '310 to 500 mi'}.`}
          inputMode="decimal"
          value={draft.retireKm}
          onChange={(e) => set('retireKm', e.target.value)}
          onBlur={blur('retireKm')}
          error={show('retireKm')}
        />
      </div>
      {!shoe?.retiredAt && (
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.defaultRunning}
            onChange={(e) => set('defaultRunning', e.target.checked)}
          />
          <span>Default for running: new runs get this pair</span>
        </label>
      )}
      {error && !error.issues.length && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : shoe ? 'Save' : 'Add this pair'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
