/**
 * The Client setup tab's own choices: the platform and the optional user name of the Apple
 * profile. They are view settings, not answers (never saved in drafts or answers files), but they
 * must survive switching to the ASA CLI tab and back, which unmounts the tab's content; so the last
 * value is remembered at module level (there is one preview per page).
 */
import { useState } from 'react';
import { DEFAULT_PLATFORM, type PlatformChoice } from '../render/clients/platforms';

export interface ClientView {
  platform: PlatformChoice;
  profileUserName: string;
}

let remembered: ClientView = { platform: DEFAULT_PLATFORM, profileUserName: '' };

export function useClientView(): [ClientView, (change: Partial<ClientView>) => void] {
  const [view, setView] = useState(remembered);
  const update = (change: Partial<ClientView>) => {
    remembered = { ...remembered, ...change };
    setView(remembered);
  };
  return [view, update];
}
