import { useTranslation } from 'react-i18next';
import { eventKey } from '../../../domain/webhooks/events';

/** The notifications an endpoint (or the Slack DMs) sends: one checkbox each, in the server's order. */
export function EventChoices(props: { legend: string; all: string[]; value: string[]; error?: string; onChange: (v: string[]) => void }) {
  const { t } = useTranslation();
  const toggle = (e: string, on: boolean) =>
    props.onChange(on ? props.all.filter((x) => x === e || props.value.includes(x)) : props.value.filter((x) => x !== e));
  return (
    <fieldset className={`field${props.error ? ' field--invalid' : ''}`}>
      <legend>{props.legend}</legend>
      {props.all.map((e) => (
        <label key={e} className="check">
          <input type="checkbox" checked={props.value.includes(e)} onChange={(ev) => toggle(e, ev.target.checked)} />
          {t(`webhooks.events.${eventKey(e)}`)}
        </label>
      ))}
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
