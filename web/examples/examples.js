// The example set the page opens with (and "Load examples" restores): written for Concord.
// An article that repeats a paragraph, an edited copy of it (words changed, a paragraph moved,
// one removed, one added), a rewrite of the same story in other words, a short brief that
// copies two of its paragraphs, and an unrelated article with repeats of its own.

const article = `Port Avel approves a new harbour wall
By Mira Castell, Coastal Desk

The town council of Port Avel voted on Tuesday to rebuild the old harbour wall, which was damaged in the storms of last winter and has been closed to walkers since March.
The project will cost 4.2 million euros, of which the regional government has promised to pay two thirds, leaving the town to find the rest from its reserves and a small increase in mooring fees.
Engineers from the firm Dallow & Pike told councillors that the new wall would be two metres higher than the old one and built to survive a storm surge of the kind the coast now sees every few years.
Fishermen who use the harbour welcomed the decision but asked that work be done outside the main season, from October to April, so that boats can still land their catch on the east quay.
The project will cost 4.2 million euros, of which the regional government has promised to pay two thirds, leaving the town to find the rest from its reserves and a small increase in mooring fees.
Mayor Lise Marchal said the wall was "the front door of Port Avel" and that the town could not wait another winter. Work is expected to begin in the autumn and to last eighteen months.
Residents can see the plans at the town hall until the end of the month, and a public meeting will be held in the fish market hall on the 14th at seven in the evening.
Comments
`;

const edited = `Port Avel approves a new harbour wall
By Mira Castell, Coastal Desk

The town council of Port Avel voted on Tuesday to rebuild the old harbour wall, which was badly damaged in the storms of last winter and has been closed to walkers since early March.
Mayor Lise Marchal said the wall was "the front door of Port Avel" and that the town could not wait another winter. Work is expected to begin in the autumn and to last eighteen months.
The project will cost 4.4 million euros, of which the regional government has promised to pay two thirds, leaving the town to find the rest from its reserves and a small increase in mooring fees.
Engineers from the firm Dallow & Pike told councillors that the new wall would be two metres higher than the old one and built to survive a storm surge of the kind the coast now sees every few years.
Fishermen who use the harbour welcomed the decision but asked that the work be done outside the main season, from October to April, so that boats can still land their catch on the east quay.
Two councillors voted against the plan, saying the town should first repair the sea defences at the northern beach, where several houses flooded in January.
Residents can see the plans at the town hall until the end of the month, and a public meeting will be held in the fish market hall on the 14th at seven in the evening.
Comments
`;

const rewrite = `Storm-hit harbour wall in Port Avel to be rebuilt
Councillors back 4.2 million euro plan

Port Avel's harbour wall, battered by last winter's storms and shut to the public since March, is to be replaced after a council vote this week.
Two thirds of the 4.2 million euro bill will come from the regional government. The town will cover the remainder using its savings and slightly higher charges for boat moorings.
According to Dallow & Pike, the engineering firm behind the design, the replacement will stand two metres taller than the current structure so that it can withstand the storm surges now common along this coast.
Local fishing crews support the scheme, though they want construction limited to the quieter months between October and April so the east quay stays open for landing fish.
"This wall is the front door of our town," Mayor Lise Marchal told the meeting, adding that Port Avel could not risk another winter without it. Building should start this autumn and take a year and a half.
`;

const brief = `In brief: coast and towns
Short news from around the bay

Port Avel: The project will cost 4.2 million euros, of which the regional government has promised to pay two thirds, leaving the town to find the rest from its reserves and a small increase in mooring fees.
Residents can see the plans at the town hall until the end of the month, and a public meeting will be held in the fish market hall on the 14th at seven in the evening.
Vennick: The ferry to the islands will run an extra crossing on Saturdays from June, the operator said, after passenger numbers rose by a fifth last summer.
`;

const library = `Library extends its opening hours
By Tomas Ferre

The central library will open until nine in the evening on weekdays from next month, after a survey found that most readers could only visit after work.
Staff numbers will not change: the longer hours are paid for by closing the reading room on Monday mornings, when it is used least, and by moving two posts from the archive.
The children's corner will keep its current hours, but story time will move from Wednesday afternoon to Saturday morning so that working parents can bring their children.
Staff numbers will not change: the longer hours are paid for by closing the reading room on Monday mornings, when it is used least, and by moving two posts from the archive.
Readers can suggest new books at the front desk or through the suggestion box by the stairs, and the library says it will report every three months on what it bought.
Comments
Comments
`;

// Written one paragraph per line above; served with a blank line between paragraphs.
const blankLines = (text) => text.replace(/\n+/g, '\n\n').replace(/\n\n$/, '\n');

export const EXAMPLES = Object.freeze([
  { name: 'harbour-wall.txt', text: blankLines(article) },
  { name: 'harbour-wall-edited.txt', text: blankLines(edited) },
  { name: 'harbour-wall-rewrite.txt', text: blankLines(rewrite) },
  { name: 'bay-brief.txt', text: blankLines(brief) },
  { name: 'library-hours.txt', text: blankLines(library) },
]);
