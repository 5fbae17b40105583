import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/domain/records/profile-schema';

type Props = { profiles: readonly Profile[]; value: string; onChange: (profileId: string) => void };

/** Which learner's progress to view, among the profiles on this device. */
export function LearnerSelect({ profiles, value, onChange }: Props) {
  const { t } = useTranslation('progress');
  const id = useId();
  return (
    <div className="field learner-select">
      <label htmlFor={id}>{t('learner')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id} dir="auto">
            {profile.name}
          </option>
        ))}
      </select>
    </div>
  );
}
