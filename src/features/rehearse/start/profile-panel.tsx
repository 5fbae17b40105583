import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { profileRoles, type ProfileRole } from '@/domain/records/profile-schema';
import { useActiveProfile, useChooseProfile, useCreateProfile, useProfiles } from '../queries';

function ProfileForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation('rehearse');
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ProfileRole>('employee');
  const [error, setError] = useState(false);
  const create = useCreateProfile();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(true);
    create.mutate({ name: name.trim(), role }, { onSuccess: () => onDone?.() });
  };
  return (
    <form className="profile-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('profile.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={80}
          autoComplete="name"
          aria-invalid={error || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => (setName(event.target.value), setError(false))}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {t('profile.nameRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('profile.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as ProfileRole)}>
          {profileRoles.map((r) => (
            <option key={r} value={r}>
              {t(`profile.roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={create.isPending}>
          {t('profile.create')}
        </button>
        {onDone && (
          <button type="button" className="button" onClick={onDone}>
            {t('profile.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** Who is practising: create the first profile, or see and switch the current one. */
export function ProfilePanel() {
  const { t } = useTranslation('rehearse');
  const id = useId();
  const profiles = useProfiles();
  const { profile } = useActiveProfile();
  const choose = useChooseProfile();
  const [adding, setAdding] = useState(false);
  if (profiles.isPending) return null;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('profile.heading')}</h2>
      {!profile ? (
        <>
          <p>{t('profile.none')}</p>
          <ProfileForm />
        </>
      ) : (
        <>
          <div className="profile-row">
            <div className="field">
              <label htmlFor={`${id}-switch`}>{t('profile.current')}</label>
              <select id={`${id}-switch`} value={profile.id} onChange={(event) => choose.mutate(event.target.value)}>
                {(profiles.data ?? []).map((p) => (
                  <option key={p.id} value={p.id} dir="auto">
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            {!adding && (
              <button type="button" className="button" onClick={() => setAdding(true)}>
                {t('profile.new')}
              </button>
            )}
          </div>
          {adding && <ProfileForm onDone={() => setAdding(false)} />}
        </>
      )}
    </section>
  );
}
