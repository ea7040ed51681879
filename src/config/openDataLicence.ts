/**
 * The licence of the portal's open data (the opportunities' JSON and CSV): stated on the About
 * page, the data dictionary, next to the downloads and in the JSON itself. One place to change it
 * if the publisher decides otherwise.
 */
export const openDataLicence = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
