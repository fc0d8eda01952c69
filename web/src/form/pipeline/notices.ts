/**
 * Licences and notices of what the form check ships to the browser (pose models and their runtime), for the
 * about page. Filled in with the pipeline work.
 */
export interface ThirdPartyNotice {
  name: string;
  version: string;
  licence: string;
  url: string;
  /** What it does in backstride, in a few words. */
  use: string;
  /** The licence or NOTICE text to show. */
  text: string;
}

export const FORM_NOTICES: readonly ThirdPartyNotice[] = [];
