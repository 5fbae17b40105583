import { useLocation, useSearch } from 'wouter';
import type { Profile } from '@/domain/records/profile-schema';
import { activeProfileOf } from '@/storage/shared-queries';
import { useActiveProfileId, useProfiles } from './queries';

export type SelectedProfile = {
  profiles: Profile[];
  /** The learner whose progress is shown: the one in the URL, else the active one, else the first. */
  profile: Profile | undefined;
  /** The URL names a profile that is not on this device. */
  unknownInUrl: boolean;
  isPending: boolean;
  select: (profileId: string) => void;
};

/** Whose progress the page shows; the choice lives in the URL (`?profile=<id>`) so it can be shared and bookmarked. */
export function useSelectedProfile(): SelectedProfile {
  const profiles = useProfiles();
  const active = useActiveProfileId();
  const [, navigate] = useLocation();
  const requested = new URLSearchParams(useSearch()).get('profile');
  const list = profiles.data ?? [];
  const fromUrl = list.find((p) => p.id === requested);
  const profile = fromUrl ?? activeProfileOf(list, active.data);
  return {
    profiles: list,
    profile,
    unknownInUrl: Boolean(requested) && !profiles.isPending && !fromUrl,
    isPending: profiles.isPending || active.isPending,
    // Relative to the area's base, so this becomes /progress?profile=<id>.
    select: (profileId) => navigate(`?${new URLSearchParams({ profile: profileId }).toString()}`),
  };
}
