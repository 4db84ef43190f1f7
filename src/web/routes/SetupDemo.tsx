import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DEMO_STEPS } from '../../domain/setup/responses';
import { api } from '../api';
import { Alert, Button } from '../components/forms';
import { PersonName } from '../components/PersonName';
import { usePageTitle } from '../components/status';
import type { DemoLoad } from './setupState';

/** The demo company loading (started from this browser), then the people to sign in as. */
export function SetupDemo({ load }: { load: DemoLoad }) {
  const { t } = useTranslation();
  const working = load.status === 'queued' || load.status === 'running';
  usePageTitle(t(working ? 'setup.ui.demo.loading' : load.status === 'done' ? 'setup.ui.demo.doneTitle' : 'setup.ui.title'));
  if (load.status === 'failed') {
    return (
      <section className="setup" aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.ui.demo.loading')}</h1>
        <Alert kind="error">
          {t('setup.ui.demo.failed')} <code>{t('setup.ui.demo.command')}</code>
        </Alert>
      </section>
    );
  }
  if (working) {
    const label = load.step ? t(`setup.demo.steps.${load.step}`, { done: load.done, total: load.total }) : t('ui.common.loading');
    // One bar for the whole load: each step an equal part, filled as the step goes.
    const step = load.step ? DEMO_STEPS.indexOf(load.step) : 0;
    const part = load.total > 0 ? Math.min(1, load.done / load.total) : 0;
    const percent = Math.round(((step + part) / DEMO_STEPS.length) * 100);
    return (
      <section className="setup" aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.ui.demo.loading')}</h1>
        <p className="setup__lead">{t('setup.ui.demo.wait')}</p>
        <div className="progress">
          <label htmlFor="demo-progress" className="visually-hidden">
            {t('setup.ui.demo.loading')}
          </label>
          <progress id="demo-progress" max={100} value={percent} />
          <span role="status">{label}</span>
        </div>
      </section>
    );
  }
  return <SignIns load={load} />;
}

function SignIns({ load }: { load: DemoLoad }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const signIn = useMutation({
    mutationFn: (email: string) => api('/auth/login', { method: 'POST', body: { email, password: load.password }, allow401: true }),
    onSuccess: () => {
      qc.clear();
      navigate('/', { replace: true });
    },
  });
  return (
    <section className="setup" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setup.ui.demo.doneTitle')}</h1>
      <p className="setup__lead">{t('setup.ui.demo.doneLead', { password: load.password })}</p>
      {signIn.error && <Alert kind="error">{signIn.error.message}</Alert>}
      <ul className="setup__people">
        {load.signIns.map((s) => (
          <li key={s.email} className="card setup__person">
            <p className="setup__role">{t(`setup.ui.demo.roles.${s.role}`)}</p>
            <p className="setup__name">
              <PersonName person={s} />
              <span className="muted">{s.title}</span>
            </p>
            <p className="setup__email">{s.email}</p>
            <Button variant="primary" busy={signIn.isPending && signIn.variables === s.email} onClick={() => signIn.mutate(s.email)}>
              {t('setup.ui.demo.signInAs')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
