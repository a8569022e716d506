import {noChange} from 'lit';
import {
  Directive,
  directive,
  PartType,
  type DirectiveResult,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';

/**
 * Keeps a checkbox's or radio button's live `checked` state equal to `value`, in the browser only.
 * Use it beside a boolean attribute binding, which writes the first state into the markup:
 *
 *     <input type="radio" ?checked=${chosen} ${checkedState(chosen)} />
 *
 * Why both: Lit's server renderer writes a `.checked=${false}` property binding as the attribute
 * `checked="false"`, which every browser reads as checked, so server-rendered pages showed the
 * wrong choices until the script loaded. A `?checked` binding renders right on the server, but in
 * the browser the attribute only sets the default: once a visitor has clicked, the box follows the
 * `checked` property, not the attribute. This directive sets that property (on first render,
 * on hydration and whenever `value` or the box differs) and renders nothing on the server.
 */
class CheckedStateDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('checkedState() belongs on the element: <input ${checkedState(value)}>');
    }
  }

  render(_value: boolean) {
    return noChange;
  }

  override update(part: ElementPart, [value]: [boolean]) {
    const input = part.element as HTMLInputElement;
    if (input.checked !== Boolean(value)) input.checked = Boolean(value);
    return noChange;
  }
}

/** Sets the input's live `checked` property to `value` in the browser; see `CheckedStateDirective`. */
export const checkedState: (value: boolean) => DirectiveResult<typeof CheckedStateDirective> =
  directive(CheckedStateDirective);
