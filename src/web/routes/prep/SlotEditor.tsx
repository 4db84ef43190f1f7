import { useTranslation } from 'react-i18next';
import { type SchedulingSettings, slotWarnings } from '../../../domain/scheduling/guidance';
import { SLOT_LIMITS } from '../../../domain/scheduling/schemas';

import { Button, SelectField, TextField } from '../../components/forms';
import { atCompanyTime, companyToday } from '../../../domain/shared/calendar';

export type SlotValues = {
  key: string;
  date: string;
  from: string;
  to: string;
  locationType: 'room' | 'online';
  location: string;
  note: string;
};
type Place = { locationType: 'room' | 'online'; location: string };

// Times are entered as the company's wall clock, whatever the viewer's device says.
const iso = (date: string, time: string) => (date && time ? atCompanyTime(date, time).toISOString() : '');

let seq = 0;

type Props = {
  values: SlotValues;
  settings: SchedulingSettings;
  errors: Record<string, string>;
  placeOptional?: boolean;
  onChange: (v: SlotValues) => void;
  onRemove?: () => void;
};

/** One time: day, from, to, and where; the guidance (busy hour, …) shows while it is typed. */
export function SlotEditor({ values, settings, errors, placeOptional, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<SlotValues>) => onChange({ ...values, ...patch });
  const start = iso(values.date, values.from);
  const end = iso(values.date, values.to);
  const warnings = start && end && end > start ? slotWarnings(new Date(start), new Date(end), settings) : [];
  return (
    <fieldset className="slot-editor">
      <legend className="visually-hidden">{t('schedule.ui.slotLegend')}</legend>
      <div className="slot-editor__grid">
        <TextField
          label={t('schedule.ui.date')}
          type="date"
          min={companyToday()}
          value={values.date}
          onChange={(date) => set({ date })}
          error={errors.start}
        />
        <TextField label={t('schedule.ui.from')} type="time" step={300} value={values.from} onChange={(from) => set({ from })} />
        <TextField label={t('schedule.ui.to')} type="time" step={300} value={values.to} onChange={(to) => set({ to })} error={errors.end} />
      </div>
      {warnings.map((w) => (
        <p key={w} className="slot__warning" role="status">
          {t(`schedule.warnings.${w}`)}
        </p>
      ))}
      <Place values={values} onChange={(p) => set(p)} errors={errors} optional={placeOptional} />
      <TextField
        label={t('schedule.ui.note')}
        maxLength={SLOT_LIMITS.note}
        value={values.note}
        onChange={(note) => set({ note })}
        error={errors.note}
      />
      {onRemove && (
        <div className="actions actions--inline">
          <Button variant="link" onClick={onRemove}>
            {t('ui.common.remove')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}

/** Private room or online link. */
function Place({
  values,
  onChange,
  errors,
  optional,
}: {
  values: Place;
  onChange: (p: Place) => void;
  errors: Record<string, string>;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="slot-editor__grid">
      <SelectField
        label={t('schedule.ui.locationType')}
        value={values.locationType}
        options={[
          { value: 'room', label: t('schedule.ui.room') },
          { value: 'online', label: t('schedule.ui.online') },
        ]}
        onChange={(v) => onChange({ ...values, locationType: v === 'online' ? 'online' : 'room' })}
      />
      <TextField
        label={values.locationType === 'online' ? t('schedule.ui.onlineUrl') : t('schedule.ui.roomName')}
        hint={optional ? t('schedule.ui.placeOptional') : values.locationType === 'room' ? t('schedule.ui.roomHint') : undefined}
        type={values.locationType === 'online' ? 'url' : 'text'}
        maxLength={SLOT_LIMITS.location}
        value={values.location}
        onChange={(location) => onChange({ ...values, location })}
        error={errors.location}
      />
    </div>
  );
}

SlotEditor.Place = Place;

SlotEditor.empty = (prev?: SlotValues): SlotValues => ({
  key: `slot-${++seq}`,
  date: prev?.date ?? '',
  from: prev?.from ?? '',
  to: prev?.to ?? '',
  locationType: prev?.locationType ?? 'room',
  location: prev?.location ?? '',
  note: '',
});

SlotEditor.toBody = (v: SlotValues) => ({
  start: iso(v.date, v.from),
  end: iso(v.date, v.to),
  locationType: v.locationType,
  location: v.location,
  note: v.note,
});
