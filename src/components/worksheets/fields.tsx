import { useId, type ReactNode } from 'react';
import type { Hint } from '../../lib/worksheets/hint';
import { hintKey } from '../../lib/worksheets/hint';
import { hintsAt, useHintGate, type HintsAt } from './hint-gate';

/**
 * Hints for one field, announced politely as they appear; they explain, never block. Only
 * hints about what the user has typed in or left speak (see `HintGate`).
 */
export function HintList({ id, hints }: { id: string; hints: readonly Hint[] }) {
  const shown = useHintGate().visible(hints);
  return (
    <ul id={id} className="hints" aria-live="polite">
      {shown.map((hint) => (
        <li key={hintKey(hint)} className={`hint hint--${hint.level}`}>
          {hint.message}
        </li>
      ))}
    </ul>
  );
}

interface BaseFieldProps {
  label: string;
  /** A short explanation under the label. */
  help?: string | undefined;
  hints?: HintsAt | undefined;
}

/** Focus and blur handlers that tell the frame which field the user is in and has left. */
function useFieldReport(label: string, help: string | undefined, hints: HintsAt) {
  const gate = useHintGate();
  const path = hints.path;
  return {
    shown: gate.visible(hints),
    onFocus: () => gate.focus({ label, help, path }),
    onBlur: () => {
      if (path !== undefined) gate.leave(path);
    },
  };
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length > 0 ? list.join(' ') : undefined;
}

export interface TextFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** Several lines: a textarea that grows with its content. */
  multiline?: boolean;
  placeholder?: string | undefined;
  /** Shows "12 / 500" under the field. */
  showCount?: boolean;
  /** The accessible name of the count, e.g. "characters". */
  countLabel?: string | undefined;
}

export function TextField(props: TextFieldProps) {
  const { label, help, hints = [], value, onChange, maxLength, multiline, placeholder, showCount } = props;
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const hintsId = `${id}-hints`;
  const countId = showCount ? `${id}-count` : undefined;
  const report = useFieldReport(label, help, hints);
  const common = {
    id,
    value,
    maxLength,
    placeholder,
    'aria-describedby': describedBy(helpId, countId, report.shown.length > 0 && hintsId),
    onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value),
    onFocus: report.onFocus,
    onBlur: report.onBlur,
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      {multiline ? <textarea {...common} rows={3} /> : <input type="text" {...common} />}
      {showCount && (
        <p id={countId} className="field__count" aria-label={props.countLabel}>
          {value.length} / {maxLength}
        </p>
      )}
      <HintList id={hintsId} hints={hints} />
    </div>
  );
}

export interface DateFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
}

export function DateField({ label, help, hints = [], value, onChange }: DateFieldProps) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const hintsId = `${id}-hints`;
  const report = useFieldReport(label, help, hints);
  return (
    <div className="field field--date">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      <input
        id={id}
        type="date"
        value={value}
        aria-describedby={describedBy(helpId, report.shown.length > 0 && hintsId)}
        onChange={(event) => onChange(event.currentTarget.value)}
        onFocus={report.onFocus}
        onBlur={report.onBlur}
      />
      <HintList id={hintsId} hints={hints} />
    </div>
  );
}

export interface ChoiceFieldProps<Value extends string> extends BaseFieldProps {
  value: Value | '';
  options: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
  /** A numeric scale (0–10): the options sit side by side as one row of equal cells, also on a phone. */
  scale?: boolean;
}

/** A radio group in a fieldset: one choice among a few, all visible. */
export function ChoiceField<Value extends string>(props: ChoiceFieldProps<Value>) {
  const { label, help, hints = [], value, options, onChange, scale = false } = props;
  const id = useId();
  const hintsId = `${id}-hints`;
  const report = useFieldReport(label, help, hints);
  return (
    <fieldset
      className="field field--choice"
      aria-describedby={report.shown.length > 0 ? hintsId : undefined}
      onFocus={report.onFocus}
      onBlur={report.onBlur}
    >
      <legend className="field__label">{label}</legend>
      {help && <p className="field__help">{help}</p>}
      <div className={scale ? 'choice-options choice-options--scale' : 'choice-options'}>
        {options.map((option) => (
          <label key={option.value} className="choice-option">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <HintList id={hintsId} hints={hints} />
    </fieldset>
  );
}

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ label, checked, onChange }: CheckboxFieldProps) {
  return (
    <label className="checkbox-field">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}

export interface RepeatingGroupProps<Item> {
  /** The group's name, e.g. "Milestones". */
  legend: string;
  help?: string | undefined;
  items: readonly Item[];
  max: number;
  /** Label of one item, e.g. "Milestone 2". */
  itemLabel: (index: number) => string;
  renderItem: (item: Item, index: number) => ReactNode;
  onAdd: () => void;
  onRemove: (index: number) => void;
  addLabel: string;
  removeLabel: (index: number) => string;
  /** Said when the group is full, e.g. "At most 3 topics". */
  fullMessage: string;
  hints?: readonly Hint[] | undefined;
  /**
   * An empty list shows this item as its first row, ready to type into, instead of an "add"
   * button. Its edits go to index 0 (`replaceAt` appends there), which creates the item.
   */
  emptyItem?: Item;
}

/** A list of similar entries (topics, milestones, actions) with add and remove, capped at `max`. */
export function RepeatingGroup<Item>(props: RepeatingGroupProps<Item>) {
  const { legend, help, items, max, itemLabel, renderItem, onAdd, onRemove, hints = [], emptyItem } = props;
  const id = useId();
  const full = items.length >= max;
  const shown = useHintGate().visible(hints);
  const placeholderRow = items.length === 0 && emptyItem !== undefined;
  return (
    <fieldset className="repeating" aria-describedby={shown.length > 0 ? `${id}-hints` : undefined}>
      <legend className="field__label">{legend}</legend>
      {help && <p className="field__help">{help}</p>}
      <ol className="repeating__items">
        {items.map((item, index) => (
          <li key={index} className="repeating__item">
            <div className="repeating__head">
              <span className="repeating__label">{itemLabel(index)}</span>
              <button type="button" className="button-link" onClick={() => onRemove(index)}>
                {props.removeLabel(index)}
              </button>
            </div>
            {renderItem(item, index)}
          </li>
        ))}
        {placeholderRow && (
          <li className="repeating__item">
            <div className="repeating__head">
              <span className="repeating__label">{itemLabel(0)}</span>
            </div>
            {renderItem(emptyItem, 0)}
          </li>
        )}
      </ol>
      {full ? (
        <p className="repeating__full" role="status">
          {props.fullMessage}
        </p>
      ) : (
        !placeholderRow && (
          <button type="button" className="button button--quiet button--small" onClick={onAdd}>
            {props.addLabel}
          </button>
        )
      )}
      <HintList id={`${id}-hints`} hints={hints} />
    </fieldset>
  );
}

/** The hints whose field is `path` exactly (remembering `path`, so the field can report leaving it). */
export function hintsFor(hints: readonly Hint[], path: string): HintsAt {
  return hintsAt(
    hints.filter((hint) => hint.field === path),
    path,
  );
}

/** The hints whose field is `path` or lies under it (`actions` → `actions.1.result`). */
export function hintsUnder(hints: readonly Hint[], path: string): HintsAt {
  return hintsAt(
    hints.filter((hint) => hint.field === path || hint.field.startsWith(`${path}.`)),
    path,
  );
}
