import { useId, useState } from 'react';

/**
 * A whole-number input that never loses what was typed: the text is kept as typed, and `onChange`
 * receives a value only when it is a whole number in range; otherwise an error shows under the field.
 */
export function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  disabled?: boolean;
  hint?: string;
  errorText: string;
  onChange: (value: number) => void;
}) {
  const { label, value, min, max, disabled, hint, errorText, onChange } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const parsed = Number(text);
  const invalid = draft !== null && !(text.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max);
  return (
    <div className="grpc-streams-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid || hint ? `${id}-msg` : undefined}
        onChange={(e) => {
          const t = e.target.value;
          const n = Number(t);
          if (t.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) {
            setDraft(null);
            onChange(n);
          } else setDraft(t);
        }}
        onBlur={() => {
          if (!invalid) setDraft(null);
        }}
      />
      {(invalid || hint) && (
        <span id={`${id}-msg`} className={invalid ? 'grpc-streams-error' : 'grpc-streams-hint'} role={invalid ? 'alert' : undefined}>
          {invalid ? errorText : hint}
        </span>
      )}
    </div>
  );
}
