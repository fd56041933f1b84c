/**
 * The interface names entered on step 1, for the interface <select>s of steps 2, 5 and 11. A value
 * that is no longer in the list (renamed on step 1) stays selectable so the select shows the truth;
 * validation then reports that it does not exist.
 */
import { useWatch } from 'react-hook-form';
import { declaredInterfaceNames } from '../domain/rules/interface-rules';

export function useInterfaceNames(current: string | undefined): [string, string][] {
  const [outside, inside, other] = useWatch({
    name: [
      'introduction.outsideInterface',
      'introduction.insideInterface',
      'introduction.otherInterfaces',
    ],
  }) as [string | undefined, string | undefined, string | undefined];
  const names = declaredInterfaceNames({
    outsideInterface: outside ?? '',
    insideInterface: inside ?? '',
    otherInterfaces: other ?? '',
  });
  if (current && !names.includes(current)) names.push(current);
  return [...new Set(names)].map((name) => [name, name]);
}
