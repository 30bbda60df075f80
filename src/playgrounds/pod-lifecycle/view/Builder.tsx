import type { ContainerSpec, InitContainerSpec, PodSpec, ProbeSpec } from '../model.ts';
import { LIMITS } from '../model.ts';
import { fmt, STRINGS } from '../strings.ts';

type Lang = 'zh' | 'en';
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const PROBES = ['startup', 'liveness', 'readiness'] as const;

function num(v: string): number | undefined {
  const n = Number(v);
  return v.trim() === '' || !Number.isFinite(n) ? undefined : n;
}

function without<T extends object, K extends keyof T>(o: T, k: K): T {
  const copy = { ...o };
  delete copy[k];
  return copy;
}

interface EditorProps {
  lang: Lang;
  id: string;
  c: InitContainerSpec;
  kind: 'init' | 'sidecar' | 'app';
  fallback: string;
  duplicate: boolean;
  onChange: (c: InitContainerSpec) => void;
  onRemove: (() => void) | null;
}

function ContainerEditor({ lang, id, c, kind, fallback, duplicate, onChange, onRemove }: EditorProps) {
  const s = STRINGS[lang];
  const badName = !DNS_LABEL.test(c.name) || c.name.length > 63;
  const errId = `${id}-name-err`;
  const setProbe = (p: (typeof PROBES)[number], value: ProbeSpec | undefined) => {
    const probes = { ...(c.probes ?? {}) };
    if (value) probes[p] = value;
    else delete probes[p];
    onChange({ ...c, probes });
  };
  const setNum = (k: 'bootSeconds' | 'preStopSeconds', v: string) => {
    const n = num(v);
    onChange(n === undefined ? without(c, k) : { ...c, [k]: n });
  };
  return (
    <fieldset className="pl-container-edit">
      <legend>
        {kind === 'app' ? s.kindApp : kind === 'sidecar' ? s.kindSidecar : s.kindInit} · <code>{c.name || '—'}</code>
      </legend>
      <div className="pl-field-row">
        <label>
          {s.containerName}{' '}
          <input
            value={c.name}
            spellCheck={false}
            aria-invalid={badName || duplicate}
            aria-describedby={badName || duplicate ? errId : undefined}
            onChange={(e) => onChange({ ...c, name: e.target.value })}
          />
        </label>
        {kind !== 'app' && (
          <label className="pl-check">
            <input
              type="checkbox"
              checked={c.restartPolicy === 'Always'}
              onChange={(e) => onChange(e.target.checked ? { ...c, restartPolicy: 'Always' } : without(without(c, 'restartPolicy'), 'probes'))}
            />{' '}
            {s.sidecar}
          </label>
        )}
        {onRemove && (
          <button type="button" onClick={onRemove}>
            {s.remove}
          </button>
        )}
      </div>
      {(badName || duplicate) && (
        <p className="pl-field-error" id={errId}>
          {fmt(badName ? s.badName : s.dupName, { fallback })}
        </p>
      )}
      {kind !== 'init' && (
        <div className="pl-probes" role="group" aria-label={`${s.probes} · ${c.name}`}>
          {PROBES.map((p) => {
            const probe = c.probes?.[p];
            return (
              <div key={p} className="pl-probe">
                <label className="pl-check">
                  <input type="checkbox" checked={!!probe} onChange={(e) => setProbe(p, e.target.checked ? { periodSeconds: 5, failureThreshold: 3 } : undefined)} />{' '}
                  {p}Probe
                </label>
                {probe && (
                  <>
                    <label>
                      {s.period}{' '}
                      <input
                        type="number"
                        min={1}
                        max={300}
                        value={probe.periodSeconds ?? 10}
                        onChange={(e) => setProbe(p, { ...probe, periodSeconds: num(e.target.value) ?? 10 })}
                      />
                    </label>
                    <label>
                      {s.failureThreshold}{' '}
                      <input
                        type="number"
                        min={1}
                        max={10}
                        value={probe.failureThreshold ?? 3}
                        onChange={(e) => setProbe(p, { ...probe, failureThreshold: num(e.target.value) ?? 3 })}
                      />
                    </label>
                  </>
                )}
              </div>
            );
          })}
        </div>
      )}
      {kind !== 'init' && (
        <div className="pl-field-row">
          <label>
            {s.bootSeconds}{' '}
            <input type="number" min={0} max={LIMITS.maxSeconds} value={c.bootSeconds ?? 0} onChange={(e) => setNum('bootSeconds', e.target.value)} />
          </label>
          <label>
            {s.preStop}{' '}
            <input type="number" min={0} max={LIMITS.maxSeconds} value={c.preStopSeconds ?? 0} onChange={(e) => setNum('preStopSeconds', e.target.value)} />
          </label>
          <label>
            {s.onSigterm}{' '}
            <select value={c.onSigterm ?? 'graceful'} onChange={(e) => onChange({ ...c, onSigterm: e.target.value as ContainerSpec['onSigterm'] & string })}>
              <option value="graceful">{s.sigtermGraceful}</option>
              <option value="default">{s.sigtermDefault}</option>
              <option value="ignore">{s.sigtermIgnore}</option>
            </select>
          </label>
        </div>
      )}
    </fieldset>
  );
}

export function Builder({
  lang,
  spec,
  normalNames,
  onChange,
  open,
}: {
  lang: Lang;
  spec: PodSpec;
  /** The names the pod actually uses (after normalizeSpec), init containers first. */
  normalNames: readonly string[];
  onChange: (spec: PodSpec) => void;
  open: boolean;
}) {
  const s = STRINGS[lang];
  const inits = spec.initContainers ?? [];
  const apps = spec.containers;
  const rawNames = [...inits, ...apps].map((c) => c.name);
  const dup = (i: number) => rawNames.indexOf(rawNames[i]!) !== i;
  const freeName = (base: string) => {
    for (let i = 1; ; i++) if (!rawNames.includes(`${base}-${i}`)) return `${base}-${i}`;
  };
  const summary = `restartPolicy: ${spec.restartPolicy} · ${inits.length} init · ${apps.length} ${s.appContainers.toLowerCase()}`;
  return (
    <details className="pl-builder" open={open}>
      <summary>
        <strong>{s.builder}</strong> <span className="pl-soft">{summary}</span>
      </summary>
      <p className="pl-soft">{s.builderNote}</p>
      <div className="pl-field-row">
        <label>
          {s.podName}{' '}
          <input value={spec.name ?? ''} spellCheck={false} onChange={(e) => onChange({ ...spec, name: e.target.value })} />
        </label>
        <label>
          {s.restartPolicy}{' '}
          <select value={spec.restartPolicy} onChange={(e) => onChange({ ...spec, restartPolicy: e.target.value as PodSpec['restartPolicy'] })}>
            <option>Always</option>
            <option>OnFailure</option>
            <option>Never</option>
          </select>
        </label>
        <label>
          {s.grace}{' '}
          <input
            type="number"
            min={0}
            max={600}
            value={spec.terminationGracePeriodSeconds ?? 30}
            onChange={(e) => onChange({ ...spec, terminationGracePeriodSeconds: num(e.target.value) ?? 30 })}
          />
        </label>
      </div>
      <h4>{s.initContainers}</h4>
      {inits.map((c, i) => (
        <ContainerEditor
          key={i}
          lang={lang}
          id={`pl-init-${i}`}
          c={c}
          kind={c.restartPolicy === 'Always' ? 'sidecar' : 'init'}
          fallback={normalNames[i] ?? ''}
          duplicate={dup(i)}
          onChange={(n) => onChange({ ...spec, initContainers: inits.map((x, j) => (j === i ? n : x)) })}
          onRemove={() => onChange({ ...spec, initContainers: inits.filter((_, j) => j !== i) })}
        />
      ))}
      <div className="pl-field-row">
        <button
          type="button"
          disabled={inits.length >= LIMITS.maxInitContainers}
          onClick={() => onChange({ ...spec, initContainers: [...inits, { name: freeName('init') }] })}
        >
          {s.addInit}
        </button>
        <button
          type="button"
          disabled={inits.length >= LIMITS.maxInitContainers}
          onClick={() => onChange({ ...spec, initContainers: [...inits, { name: freeName('sidecar'), restartPolicy: 'Always' }] })}
        >
          {s.addSidecar}
        </button>
      </div>
      <h4>{s.appContainers}</h4>
      {apps.map((c, i) => (
        <ContainerEditor
          key={i}
          lang={lang}
          id={`pl-app-${i}`}
          c={c}
          kind="app"
          fallback={normalNames[inits.length + i] ?? ''}
          duplicate={dup(inits.length + i)}
          onChange={(n) => onChange({ ...spec, containers: apps.map((x, j) => (j === i ? n : x)) })}
          onRemove={apps.length > LIMITS.minContainers ? () => onChange({ ...spec, containers: apps.filter((_, j) => j !== i) }) : null}
        />
      ))}
      <button type="button" disabled={apps.length >= LIMITS.maxContainers} onClick={() => onChange({ ...spec, containers: [...apps, { name: freeName('app') }] })}>
        {s.addApp}
      </button>
    </details>
  );
}
