/**
 * File names and MIME types of the client exports, so the preview's download buttons and the e2e
 * tests agree. The profile type is the one iOS Safari needs to offer installing the profile.
 */
import { POWERSHELL_SCRIPT_FILE_NAME } from '../windows/powershell-script';
import { APPLE_PROFILE_FILE_NAME } from './apple-profile';

export const CLIENT_DOWNLOADS = {
  handoutHtml: { fileName: 'l2tp-vpn-handout.html', mimeType: 'text/html' },
  handoutMarkdown: { fileName: 'l2tp-vpn-handout.md', mimeType: 'text/markdown' },
  powershellScript: { fileName: POWERSHELL_SCRIPT_FILE_NAME, mimeType: 'text/plain' },
  appleProfile: { fileName: APPLE_PROFILE_FILE_NAME, mimeType: 'application/x-apple-aspen-config' },
} as const;
