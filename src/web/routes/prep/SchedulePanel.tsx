import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSlot } from '../../../domain/shared/format';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button, fieldErrors } from '../../components/forms';
import { Loading } from '../../components/status';
import { currentLocale } from '../../i18n';
import { SlotEditor, type SlotValues } from './SlotEditor';
import type { Slot, SlotsView } from './types';

/**
 * Scheduling for either side: the employee picks one of the offered times or proposes another;
 * the interviewer offers times, accepts a proposal or calls a fixed time off.
 */
export function SchedulePanel({ interviewId }: { interviewId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const locale = currentLocale();
  const key = ['slots', interviewId];
  const q = useQuery({ queryKey: key, queryFn: () => api<SlotsView>(`/interviews/${interviewId}/slots`) });
  const [choosing, setChoosing] = useState<Slot | null>(null);
  const [place, setPlace] = useState<{ locationType: 'room' | 'online'; location: string }>({ locationType: 'room', location: '' });
  const done = (v: SlotsView) => {
    qc.setQueryData(key, v);
    void qc.invalidateQueries({ queryKey: ['my-interviews'] });
    void qc.invalidateQueries({ queryKey: ['queue'] });
    setChoosing(null);
  };
  const choose = useMutation({
    mutationFn: (slot: Slot) =>
      api<SlotsView>(`/interviews/${interviewId}/schedule`, {
        method: 'POST',
        body: { slotId: slot.id, ...(slot.location ? {} : place) },
      }),
    onSuccess: done,
  });
  const withdraw = useMutation({
    mutationFn: (slot: Slot) => api<SlotsView>(`/interviews/${interviewId}/slots/${slot.id}`, { method: 'DELETE' }),
    onSuccess: done,
  });
  const unschedule = useMutation({
    mutationFn: () => api<SlotsView>(`/interviews/${interviewId}/schedule`, { method: 'DELETE' }),
    onSuccess: done,
  });
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const { interview, slots, settings } = q.data;
  const isEmployee = interview.relation === 'self';
  const mine = (s: Slot) => (isEmployee ? s.proposedBy === 'employee' : s.proposedBy === 'interviewer');
  const open = slots.filter((s) => s.status === 'open' && !s.past);
  const toChoose = open.filter((s) => !mine(s));
  const ownOpen = open.filter(mine);
  const canAct = isEmployee ? interview.can.chooseSlot : interview.can.offerSlots;

  return (
    <div className="schedule">
      <aside className="guidance" aria-label={t('schedule.ui.guidanceLabel')}>
        <p>{t('schedule.ui.guidancePlace')}</p>
        <p>{t('schedule.ui.guidanceTime', { start: settings.workdayStart, minutes: settings.busyMinutes })}</p>
      </aside>
      {interview.appointment ? (
        <section className="card appointment" aria-labelledby="appt-title">
          <h2 id="appt-title">{t('schedule.ui.fixed')}</h2>
          <p className="appointment__when">{formatSlot(interview.appointment.start, interview.appointment.end, locale)}</p>
          <p>
            {t(`notify.location.${interview.appointment.locationType === 'online' ? 'online' : 'room'}`, {
              place: interview.appointment.location,
            })}
          </p>
          <div className="actions actions--inline">
            <a className="btn btn--secondary" href={`/api/v1/interviews/${interviewId}/invite.ics`} download>
              {t('schedule.ui.ics')}
            </a>
            {!isEmployee && interview.can.offerSlots && (
              <Button onClick={() => unschedule.mutate()} busy={unschedule.isPending}>
                {t('schedule.ui.unschedule')}
              </Button>
            )}
          </div>
          {unschedule.error && <Alert kind="error">{unschedule.error.message}</Alert>}
        </section>
      ) : (
        <section className="card" aria-labelledby="choose-title">
          <h2 id="choose-title">{isEmployee ? t('schedule.ui.offeredTitle') : t('schedule.ui.proposedTitle')}</h2>
          {toChoose.length === 0 ? (
            <p className="muted">{isEmployee ? t('schedule.ui.noOffers') : t('schedule.ui.noProposals')}</p>
          ) : (
            <ul className="slots">
              {toChoose.map((s) => (
                <SlotRow key={s.id} slot={s}>
                  {canAct && (
                    <Button variant="primary" onClick={() => setChoosing(s)}>
                      {isEmployee ? t('schedule.ui.choose') : t('schedule.ui.accept')}
                    </Button>
                  )}
                </SlotRow>
              ))}
            </ul>
          )}
          {choose.error && !choosing && <Alert kind="error">{choose.error.message}</Alert>}
        </section>
      )}
      {!interview.appointment && canAct && (
        <section className="card" aria-labelledby="own-title">
          <h2 id="own-title">{isEmployee ? t('schedule.ui.proposeTitle') : t('schedule.ui.offerTitle')}</h2>
          {ownOpen.length > 0 && (
            <ul className="slots">
              {ownOpen.map((s) => (
                <SlotRow key={s.id} slot={s}>
                  <Button onClick={() => withdraw.mutate(s)} busy={withdraw.isPending && withdraw.variables?.id === s.id}>
                    {t('schedule.ui.withdraw')}
                  </Button>
                </SlotRow>
              ))}
            </ul>
          )}
          <OfferForm interviewId={interviewId} mode={isEmployee ? 'propose' : 'offer'} settings={settings} onDone={done} />
        </section>
      )}
      <ConfirmDialog
        open={!!choosing}
        title={isEmployee ? t('schedule.ui.chooseConfirm') : t('schedule.ui.acceptConfirm')}
        confirmLabel={isEmployee ? t('schedule.ui.choose') : t('schedule.ui.accept')}
        busy={choose.isPending}
        onConfirm={() => choosing && choose.mutate(choosing)}
        onCancel={() => {
          setChoosing(null);
          choose.reset();
        }}
      >
        {choosing && <p>{formatSlot(choosing.start, choosing.end, locale)}</p>}
        {choosing && !choosing.location && <SlotEditor.Place values={place} onChange={setPlace} errors={fieldErrors(choose.error)} />}
        {choose.error && <Alert kind="error">{choose.error.message}</Alert>}
      </ConfirmDialog>
    </div>
  );
}

function SlotRow({ slot, children }: { slot: Slot; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <li className="slot">
      <div>
        <p className="slot__when">{formatSlot(slot.start, slot.end, locale)}</p>
        <p className="muted">
          {slot.location ? t(`notify.location.${slot.locationType}`, { place: slot.location }) : t('schedule.ui.placeLater')}
          {slot.note && ` ・ ${slot.note}`}
        </p>
        {slot.warnings.map((w) => (
          <p key={w} className="slot__warning">
            {t(`schedule.warnings.${w}`)}
          </p>
        ))}
      </div>
      <div className="slot__actions">{children}</div>
    </li>
  );
}

type OfferProps = { interviewId: string; mode: 'offer' | 'propose'; settings: SlotsView['settings']; onDone: (v: SlotsView) => void };

/** The interviewer offers one or more times; the employee proposes one. */
function OfferForm({ interviewId, mode, settings, onDone }: OfferProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<SlotValues[]>([SlotEditor.empty()]);
  const send = useMutation({
    mutationFn: () =>
      mode === 'offer'
        ? api<SlotsView>(`/interviews/${interviewId}/slots`, { method: 'POST', body: { slots: rows.map(SlotEditor.toBody) } })
        : api<SlotsView>(`/interviews/${interviewId}/slots/propose`, { method: 'POST', body: SlotEditor.toBody(rows[0]!) }),
    onSuccess: (v) => {
      setRows([SlotEditor.empty()]);
      onDone(v);
    },
  });
  const errors = fieldErrors(send.error);
  return (
    <div className="offer-form">
      {rows.map((r, i) => (
        <SlotEditor
          key={r.key}
          values={r}
          settings={settings}
          placeOptional={mode === 'propose'}
          errors={Object.fromEntries(
            Object.entries(errors)
              .filter(([k]) => (mode === 'offer' ? k.startsWith(`slots.${i}.`) : true))
              .map(([k, v]) => [mode === 'offer' ? k.slice(`slots.${i}.`.length) : k, v]),
          )}
          onChange={(v) => setRows((all) => all.map((x, j) => (j === i ? v : x)))}
          onRemove={rows.length > 1 ? () => setRows((all) => all.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      {send.error && <Alert kind="error">{send.error.message}</Alert>}
      <div className="actions">
        {mode === 'offer' && rows.length < 10 && (
          <Button onClick={() => setRows((all) => [...all, SlotEditor.empty(all.at(-1))])}>{t('schedule.ui.addRow')}</Button>
        )}
        <Button variant="primary" onClick={() => send.mutate()} busy={send.isPending}>
          {mode === 'offer' ? t('schedule.ui.sendOffer') : t('schedule.ui.sendProposal')}
        </Button>
      </div>
    </div>
  );
}
