interface Props {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  message?: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  required?: boolean;
  requiredNote?: string;
}

/** A labelled input with its hint and its problem right under it (ID-8, ID-9 forms). */
export function Field({ id, name, label, value, onChange, message, hint, type, autoComplete, inputMode, required = true, requiredNote }: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && requiredNote && <span className="field__required"> ({requiredNote})</span>}
      </label>
      <input
        id={id}
        name={name}
        className="field__input field__input--text"
        type={type ?? 'text'}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        spellCheck={false}
        required={required}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={message ? true : undefined}
        aria-describedby={[message ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined}
      />
      {message && (
        <p className="field__error" id={errorId} data-testid={`error-${name}`}>
          {message}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
