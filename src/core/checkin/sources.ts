/** Source keys cited by rules (checkin-rules §5), with the reference each stands for in clinical-evidence.md. */
export const SOURCES = {
  BASS2018: 'SBNS/BASS 2018 cauda equina standards [R9]',
  BASS: 'BASS cauda equina patient information [R10]',
  GIRFT2023: 'GIRFT 2023 suspected cauda equina pathway [R11]',
  HSIB2021: 'HSIB 2021 cauda equina report [R12]',
  CKS: 'NICE CKS red flags [R3][R4]',
  FIN2020: 'Finucane 2020 IFOMPT red-flag framework [R5]',
  DOW2013: 'Downie 2013 BMJ [R7]',
  HEN2013: 'Henschke 2013 Cochrane [R8]',
  CRF2023: 'Community red flags, Sept 2023 [R13]',
  LOTH: 'NHS Lothian red flags / MSCC [R14]',
  NEPATH: 'North-East pathway red-flag responses [R15]',
  NG59: 'NICE NG59 [R1]',
  NG65: 'NICE NG65 [R16]',
  ASAS2009: 'ASAS inflammatory back pain criteria [R17]',
  RUD2006: 'Rudwaleit 2006 Berlin criteria [R18]',
  PARS: 'Aspetar / Micheli 1995 [R19]',
  SACRAL: 'Harris 2016; Fredericson 2003 [R20]',
  REDS: 'IOC RED-S 2014/2018/2023 [R21]',
  SBST: 'Keele STarT Back [R22]',
  NIELSEN2014: 'Nielsen 2014 [R35]',
  BUIST2008: 'Buist 2008 [R34]',
  HEID2011: 'Heiderscheit 2011 [R33]',
  MAL2015: 'Malisoux 2015 [R38]',
  DAHM2010: 'Dahm 2010 [R42]',
  VERHAGEN2016: 'Verhagen 2016 guideline review [R6]',
  NG234: 'NICE NG234 spinal metastases/MSCC (2023) [not retrieved]',
  // Not an external source: the hand-over list in clinical-evidence.md §1.2 that checkin-rules §8 turned into rules.
  SPEC_EXCLUSIONS: 'clinical-evidence.md §1.2 "other exclusions" (hand-over, not researched in depth)',
} as const;

export type SourceKey = keyof typeof SOURCES;
