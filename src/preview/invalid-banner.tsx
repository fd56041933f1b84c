/** Shown above the preview while any answer is invalid: which steps, and that this is a best effort. */
import { Link } from 'react-router';
import type { StepId } from '../domain/answers';
import { openPreviewTab } from '../ui/preview-tab';
import { placeText, type ErrorPlace } from './use-error-steps';

interface Props {
  places: readonly ErrorPlace[];
  routeOf: (id: StepId) => string;
}

export function InvalidBanner({ places, routeOf }: Props) {
  if (places.length === 0) return null;
  return (
    <div className="preview-banner">
      <p>
        <strong>Incomplete answers.</strong> Fix the errors in{' '}
        {places.map((place, index) => (
          <span key={place.id}>
            {index > 0 ? (index === places.length - 1 ? ' and ' : ', ') : ''}
            {place.kind === 'step' ? (
              <Link to={routeOf(place.id)}>{placeText(place)}</Link>
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => openPreviewTab('client')}
              >
                {placeText(place)}
              </button>
            )}
          </span>
        ))}
        . The preview shows a best-effort result.
      </p>
    </div>
  );
}
