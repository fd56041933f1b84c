/** Shown above the preview while any answer is invalid: which steps, and that this is a best effort. */
import { Link } from 'react-router';
import type { StepId } from '../domain/answers';
import { msg, type Msg } from '../i18n/catalogue';
import { RichText, useT } from '../ui/i18n';
import { openPreviewTab } from '../ui/preview-tab';
import { placeMsg, placesList, type ErrorPlace } from './use-error-steps';

interface Props {
  places: readonly ErrorPlace[];
  routeOf: (id: StepId) => string;
}

/** The element placeholder of the i-th place: each place is a link, placed by the sentence. */
const placeElement = (index: number) => `place${index}`;

/**
 * The banner's sentence: the places are element placeholders ({place0}, {place1}…) inside one
 * list message, so RichText puts each link where the language's word order puts it.
 */
export const bannerText = (places: readonly ErrorPlace[]): Msg =>
  msg('preview.banner.text', {
    title: '',
    places: placesList(
      places.map((_, index) => `{${placeElement(index)}}`),
      'and',
    ),
  });

export function InvalidBanner({ places, routeOf }: Props) {
  const t = useT();
  if (places.length === 0) return null;
  const elements = Object.fromEntries(
    places.map((place, index) => [
      placeElement(index),
      place.kind === 'step' ? (
        <Link to={routeOf(place.id)}>{t(placeMsg(place))}</Link>
      ) : (
        <button type="button" className="link-button" onClick={() => openPreviewTab('client')}>
          {t(placeMsg(place))}
        </button>
      ),
    ]),
  );
  return (
    <div className="preview-banner">
      <p>
        <RichText
          message={bannerText(places)}
          elements={{ title: <strong>{t(msg('preview.banner.title'))}</strong>, ...elements }}
        />
      </p>
    </div>
  );
}
