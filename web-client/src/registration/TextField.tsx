import { forwardRef } from 'react';

interface Props {
  id: string;
  name: string;
  label: string;
  requiredNote?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  message?: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'email' | 'text' | 'tel';
  optional?: boolean;
}

/** A labelled text input with its hint and its problem next to it (ID-1, ID-3 forms). */
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField(
  { id, name, label, requiredNote, value, onChange, onBlur, message, hint, type, autoComplete, inputMode, optional },
  ref,
) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {requiredNote && <span className="field__required"> ({requiredNote})</span>}
      </label>
      <input
        ref={ref}
        id={id}
        name={name}
        className="field__input field__input--text"
        type={type ?? 'text'}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        spellCheck={false}
        required={!optional}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
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
});
