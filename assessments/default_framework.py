"""The default capacity framework shipped with cdfacil: four areas, their dimensions and questions,
each question with a descriptor for every point of the 1-4 scale. Pure data (English); loaded by a
data migration."""

NAME = "Sector capacity framework"
DESCRIPTION = (
    "A rubric for a government-led core group to rate the current and desired capacity of a sector "
    "at the individual, organizational and institutional levels, and the state of current "
    "capacity-development efforts. Each question describes what every point of the 1-4 scale looks "
    "like."
)

SCALE = {1: "Not in place", 2: "Emerging", 3: "Established", 4: "Advanced"}

LEVELS = [
    {
        "code": "individual",
        "name": "Individual capacity",
        "description": (
            "The technical and functional capacities of the people who work in the sector: their "
            "skills and knowledge, the incentives they face, how they are developed and retained, "
            "and the leadership skills of managers."
        ),
        "dimensions": [
            {
                "code": "IND1",
                "name": "Technical skills and knowledge",
                "description": (
                    "The specialised skills and up-to-date knowledge that staff need to deliver "
                    "the sector's services."
                ),
                "questions": [
                    {
                        "code": "IND1.1",
                        "text": (
                            "Staff in sector organisations have the technical skills that their "
                            "posts require."
                        ),
                        "guidance": (
                            "Job descriptions compared with qualifications held, supervision "
                            "reports, competency assessments, service quality audits."
                        ),
                        "descriptors": [
                            (
                                "Many posts are held by staff without the required qualifications, "
                                "and no one has assessed the skills gap."
                            ),
                            (
                                "Skills gaps are known in some units, but a large share of "
                                "technical posts is held by under-qualified staff."
                            ),
                            (
                                "Most technical posts are held by qualified staff, and remaining "
                                "gaps are documented with plans to close them."
                            ),
                            (
                                "Nearly all posts are held by qualified staff, and competencies "
                                "are assessed regularly against defined standards."
                            ),
                        ],
                    },
                    {
                        "code": "IND1.2",
                        "text": (
                            "Staff keep their knowledge of sector policy, standards and good "
                            "practice up to date."
                        ),
                        "guidance": (
                            "Access to current guidelines at the workplace, continuing "
                            "professional development records, professional associations."
                        ),
                        "descriptors": [
                            (
                                "Staff rely on outdated guidelines, and new policies and standards "
                                "rarely reach them after approval."
                            ),
                            (
                                "New guidelines reach headquarters staff, but staff in the field "
                                "learn of them late or not at all."
                            ),
                            (
                                "Updated policies and standards are distributed to all levels, "
                                "with briefings or orientation for the staff concerned."
                            ),
                            (
                                "Continuing professional development is required, recorded, and "
                                "linked to registration or promotion for most professional cadres."
                            ),
                        ],
                    },
                    {
                        "code": "IND1.3",
                        "text": (
                            "The skills of the sector workforce have been assessed, and the "
                            "results are used to plan staffing and training."
                        ),
                        "guidance": (
                            "Recent skills audit or workforce study, workforce plan, links between "
                            "the assessment and the training plan."
                        ),
                        "descriptors": [
                            (
                                "No assessment of workforce skills exists, and staffing and "
                                "training decisions are made without evidence."
                            ),
                            (
                                "A skills assessment was done once, for example by a project, but "
                                "its results are not used."
                            ),
                            (
                                "A recent skills assessment covers the main cadres and informs the "
                                "workforce plan and the training plan."
                            ),
                            (
                                "Skills are assessed periodically across the whole workforce, and "
                                "results drive staffing, training and budget decisions."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "IND2",
                "name": "Functional and management skills",
                "description": (
                    "The cross-cutting skills to plan, budget, manage, analyse, coordinate and "
                    "report, at central and decentralised levels."
                ),
                "questions": [
                    {
                        "code": "IND2.1",
                        "text": (
                            "Staff can prepare plans, budgets and reports using government "
                            "procedures and formats."
                        ),
                        "guidance": (
                            "Quality and timeliness of work plans, budget submissions and reports; "
                            "comments from the ministry of finance."
                        ),
                        "descriptors": [
                            (
                                "Plans and budgets are prepared by a few individuals or "
                                "consultants, and most units cannot produce them."
                            ),
                            (
                                "Most units produce plans and budgets, but they are often late, "
                                "incomplete or returned for correction."
                            ),
                            (
                                "Units produce plans, budgets and reports on time and in the "
                                "required format with little outside help."
                            ),
                            (
                                "Plans, budgets and reports are of consistently good quality, and "
                                "staff coach others in decentralised units."
                            ),
                        ],
                    },
                    {
                        "code": "IND2.2",
                        "text": "Staff can analyse data and use evidence in their daily work.",
                        "guidance": (
                            "Analytical reports produced in-house, use of data in management "
                            "meetings, data-analysis skills of staff."
                        ),
                        "descriptors": [
                            (
                                "Data are collected and passed on, but staff do not analyse them "
                                "or use them in decisions."
                            ),
                            (
                                "A few specialists analyse data, mainly for external reports or at "
                                "the request of development partners."
                            ),
                            (
                                "Staff in most units analyse their own data and use them in "
                                "planning and in management meetings."
                            ),
                            (
                                "Staff routinely produce analyses that inform policy and budgets, "
                                "and the sector publishes its own studies."
                            ),
                        ],
                    },
                    {
                        "code": "IND2.3",
                        "text": (
                            "Staff can coordinate, negotiate and communicate effectively with "
                            "other ministries, partners and stakeholders."
                        ),
                        "guidance": (
                            "Who speaks for the sector in coordination meetings and budget "
                            "hearings; quality of minutes, briefs and presentations."
                        ),
                        "descriptors": [
                            (
                                "Sector staff rarely take part in cross-government or partner "
                                "meetings, or attend without preparation or a position."
                            ),
                            (
                                "Senior staff represent the sector, but positions are often "
                                "prepared by consultants or development partners."
                            ),
                            (
                                "Staff prepare their own briefs, present the sector's position "
                                "clearly, and follow up on agreements reached."
                            ),
                            (
                                "Staff lead negotiations with the ministry of finance and partners "
                                "confidently, and results are visible in agreements."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "IND3",
                "name": "Human resource development",
                "description": (
                    "How the sector trains and develops its workforce, before and during "
                    "employment, and whether learning is applied at work."
                ),
                "questions": [
                    {
                        "code": "IND3.1",
                        "text": (
                            "A training needs assessment and a costed training plan guide staff "
                            "development in the sector."
                        ),
                        "guidance": (
                            "Training plan and its basis, share of training delivered under the "
                            "plan, who decides on nominations."
                        ),
                        "descriptors": [
                            (
                                "There is no training plan, and training happens when a partner "
                                "offers a course."
                            ),
                            (
                                "A training plan exists but is not costed, and most training is "
                                "still organised outside it by projects."
                            ),
                            (
                                "A costed training plan based on a needs assessment covers the "
                                "main cadres and most training follows it."
                            ),
                            (
                                "All training, whoever funds it, follows one plan that is reviewed "
                                "yearly against needs and results."
                            ),
                        ],
                    },
                    {
                        "code": "IND3.2",
                        "text": (
                            "Pre-service and in-service training institutions produce the numbers "
                            "and qualifications the sector needs."
                        ),
                        "guidance": (
                            "Output of training institutions compared with vacancies, curricula "
                            "review dates, accreditation of institutions."
                        ),
                        "descriptors": [
                            (
                                "Training institutions produce far too few graduates, or curricula "
                                "do not match the jobs in the sector."
                            ),
                            (
                                "Output is growing, but curricula are outdated and the sector has "
                                "little say in what is taught."
                            ),
                            (
                                "Output roughly matches needs, and curricula have been revised "
                                "with the sector in the past five years."
                            ),
                            (
                                "Training institutions are accredited, plan intake with the sector "
                                "and update curricula based on graduate performance."
                            ),
                        ],
                    },
                    {
                        "code": "IND3.3",
                        "text": (
                            "What staff learn in training is applied at work, supported by "
                            "follow-up, supervision or coaching."
                        ),
                        "guidance": (
                            "Post-training follow-up, supportive supervision records, changes in "
                            "practice reported by managers."
                        ),
                        "descriptors": [
                            (
                                "Training ends at the workshop, and nobody checks whether "
                                "participants use what they learned."
                            ),
                            (
                                "Some programmes include follow-up visits, but managers are not "
                                "involved and results are not recorded."
                            ),
                            (
                                "Most training includes a work plan for applying it, with "
                                "follow-up by supervisors within six months."
                            ),
                            (
                                "Application of learning is routinely checked, and managers adjust "
                                "work processes and training content based on findings."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "IND4",
                "name": "Incentives, motivation and retention",
                "description": (
                    "The pay, working conditions, career prospects and management practices that "
                    "make qualified staff join, perform and stay."
                ),
                "questions": [
                    {
                        "code": "IND4.1",
                        "text": (
                            "Pay, allowances and working conditions are adequate to attract and "
                            "motivate qualified staff."
                        ),
                        "guidance": (
                            "Salary levels compared with similar jobs, timeliness of pay, "
                            "allowances and salary top-ups paid by projects."
                        ),
                        "descriptors": [
                            (
                                "Salaries are often paid late or are far below similar jobs, and "
                                "staff depend on other income."
                            ),
                            (
                                "Salaries are paid on time, but are low, and project allowances "
                                "strongly distort where staff want to work."
                            ),
                            (
                                "Pay is regular and competitive enough to fill most posts, and "
                                "allowances follow a government-wide policy."
                            ),
                            (
                                "Pay and conditions attract qualified applicants to most posts, "
                                "including remote ones, without project top-ups."
                            ),
                        ],
                    },
                    {
                        "code": "IND4.2",
                        "text": (
                            "Recruitment, promotion and performance appraisal are based on merit "
                            "and applied consistently."
                        ),
                        "guidance": (
                            "Recruitment rules and practice, appraisal completion rates, links "
                            "between appraisal, promotion and training."
                        ),
                        "descriptors": [
                            (
                                "Appointments and promotions depend mainly on connections or "
                                "seniority, and performance is not appraised."
                            ),
                            (
                                "Merit-based rules exist, but appraisals are formalities and are "
                                "not used for promotion or development."
                            ),
                            (
                                "Most recruitment is competitive, and annual appraisals are "
                                "completed and used for promotion decisions."
                            ),
                            (
                                "Recruitment is open and competitive, and appraisal results "
                                "consistently drive promotion, rewards and individual development "
                                "plans."
                            ),
                        ],
                    },
                    {
                        "code": "IND4.3",
                        "text": (
                            "Staff turnover and vacancies are monitored, and measures are in place "
                            "to retain qualified staff."
                        ),
                        "guidance": (
                            "Vacancy and turnover rates by cadre and location, exit data, "
                            "retention schemes such as hardship allowances or housing."
                        ),
                        "descriptors": [
                            (
                                "Nobody knows how many staff leave or why, and vacancies in "
                                "difficult locations remain unfilled for years."
                            ),
                            (
                                "Turnover is recognised as a problem, but data are incomplete and "
                                "retention measures are ad hoc."
                            ),
                            (
                                "Vacancy and turnover data are reported yearly, and retention "
                                "measures are in place for the hardest-hit cadres."
                            ),
                            (
                                "Turnover is low or falling, and retention measures are evaluated "
                                "and adjusted based on the data."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "IND5",
                "name": "Leadership skills",
                "description": (
                    "The ability of senior and middle managers to give direction, motivate staff, "
                    "manage change and prepare future leaders."
                ),
                "questions": [
                    {
                        "code": "IND5.1",
                        "text": (
                            "Senior managers give clear direction and communicate priorities to "
                            "staff throughout the sector."
                        ),
                        "guidance": (
                            "Whether staff at different levels can state the sector's priorities; "
                            "frequency and reach of management communication."
                        ),
                        "descriptors": [
                            (
                                "Staff cannot say what the sector's priorities are, and managers "
                                "rarely communicate beyond their immediate office."
                            ),
                            (
                                "Priorities are stated at headquarters, but they seldom reach "
                                "staff in regions, districts or facilities."
                            ),
                            (
                                "Managers communicate priorities regularly, and most staff at all "
                                "levels can describe them."
                            ),
                            (
                                "Managers communicate priorities and listen to staff, and staff "
                                "feedback visibly shapes decisions."
                            ),
                        ],
                    },
                    {
                        "code": "IND5.2",
                        "text": "Managers are able to lead teams, delegate and manage change.",
                        "guidance": (
                            "Management training received, delegation in practice, examples of "
                            "reforms led by managers."
                        ),
                        "descriptors": [
                            (
                                "Managers decide everything themselves, and changes are imposed "
                                "without explanation or support."
                            ),
                            (
                                "Some managers delegate and lead change well, but this depends on "
                                "individuals rather than practice."
                            ),
                            (
                                "Most managers have had management training, delegate routine "
                                "decisions and plan changes with their teams."
                            ),
                            (
                                "Managers routinely lead reforms with their teams, and the sector "
                                "has a record of changes carried through."
                            ),
                        ],
                    },
                    {
                        "code": "IND5.3",
                        "text": (
                            "The sector identifies and develops future leaders and plans for "
                            "succession in key posts."
                        ),
                        "guidance": (
                            "Succession plans for key posts, leadership development programmes, "
                            "mentoring of potential managers."
                        ),
                        "descriptors": [
                            (
                                "Key posts stay vacant or are filled in a hurry when holders "
                                "leave, with no handover."
                            ),
                            (
                                "Potential leaders are identified informally, and some attend "
                                "leadership courses when partners offer them."
                            ),
                            (
                                "A leadership development programme exists, and key posts have "
                                "named deputies who are prepared to take over."
                            ),
                            (
                                "Succession plans cover all key posts, and future leaders are "
                                "developed through mentoring, rotation and courses."
                            ),
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "organizational",
        "name": "Organizational capacity",
        "description": (
            "The internal mechanisms, tools and procedures of the ministry and other sector "
            "organisations: mandate and strategy, structure and roles, the systems for people, "
            "money and results, leadership and management, and service delivery processes."
        ),
        "dimensions": [
            {
                "code": "ORG1",
                "name": "Mandate, strategy and planning",
                "description": (
                    "Clear mandates for sector organisations, a sector strategy with priorities "
                    "and results, and work plans that put it into practice."
                ),
                "questions": [
                    {
                        "code": "ORG1.1",
                        "text": (
                            "The mandates of the ministry and other sector organisations are "
                            "clear, known and do not overlap."
                        ),
                        "guidance": (
                            "Legal instruments and statutes, functional reviews, cases of "
                            "duplication or gaps between organisations."
                        ),
                        "descriptors": [
                            (
                                "Mandates are unwritten or contradictory, and several "
                                "organisations claim or avoid the same functions."
                            ),
                            (
                                "Mandates are written down, but overlaps between organisations and "
                                "levels of government are unresolved."
                            ),
                            (
                                "Mandates are clear and known to staff, and most overlaps have "
                                "been resolved through a functional review."
                            ),
                            (
                                "Mandates are clear, reviewed when reforms change roles, and "
                                "organisations work to them without disputes."
                            ),
                        ],
                    },
                    {
                        "code": "ORG1.2",
                        "text": (
                            "The sector has a current strategic plan with clear priorities, "
                            "results and costs."
                        ),
                        "guidance": (
                            "Sector strategic plan, its period, results framework and costing; who "
                            "drafted it."
                        ),
                        "descriptors": [
                            (
                                "There is no current sector strategy, or the existing one has "
                                "expired or is not used."
                            ),
                            (
                                "A strategy exists but lists many activities without priorities, "
                                "costs or measurable results."
                            ),
                            (
                                "A current, costed strategy sets priorities and measurable results "
                                "and was prepared under ministry leadership."
                            ),
                            (
                                "The strategy is costed, prioritised within realistic resources, "
                                "reviewed mid-term and used as the reference by all actors."
                            ),
                        ],
                    },
                    {
                        "code": "ORG1.3",
                        "text": (
                            "Annual work plans of sector organisations are derived from the "
                            "strategy and linked to the budget."
                        ),
                        "guidance": (
                            "Annual operational plans, their links to the strategy and to budget "
                            "lines, plans of decentralised units."
                        ),
                        "descriptors": [
                            (
                                "Units have no annual work plans, or plans are lists of activities "
                                "unrelated to the strategy."
                            ),
                            (
                                "Work plans exist at headquarters, but they are not linked to "
                                "budgets and are rarely used."
                            ),
                            (
                                "Annual plans at central and decentralised levels follow the "
                                "strategy and show the budget for each activity."
                            ),
                            (
                                "Annual plans are consolidated, fully budgeted, monitored "
                                "quarterly and adjusted when resources change."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "ORG2",
                "name": "Structure, roles and human resource management",
                "description": (
                    "An organisational structure that fits the mandate, clear roles and "
                    "delegation, and systems to manage the sector's people."
                ),
                "questions": [
                    {
                        "code": "ORG2.1",
                        "text": (
                            "The organisational structure fits the mandate, and every post has a "
                            "current job description."
                        ),
                        "guidance": (
                            "Approved organigram, staffing establishment, job descriptions, date "
                            "of the last structural review."
                        ),
                        "descriptors": [
                            (
                                "The structure is outdated or unapproved, and many staff have no "
                                "job description."
                            ),
                            (
                                "An approved structure exists, but it does not match current "
                                "functions and job descriptions are incomplete."
                            ),
                            (
                                "The structure matches current functions, and most posts have "
                                "current job descriptions used in recruitment and appraisal."
                            ),
                            (
                                "The structure is reviewed when functions change, and job "
                                "descriptions are updated and used for all posts."
                            ),
                        ],
                    },
                    {
                        "code": "ORG2.2",
                        "text": (
                            "Authority and responsibilities are delegated clearly between central, "
                            "regional and local levels."
                        ),
                        "guidance": (
                            "Delegation instruments, decisions referred upwards, decentralisation "
                            "policy and its application in the sector."
                        ),
                        "descriptors": [
                            (
                                "All decisions, even minor ones, are referred to the top, and "
                                "local units cannot act without approval."
                            ),
                            (
                                "Delegation rules exist on paper, but in practice most decisions "
                                "still go to headquarters."
                            ),
                            (
                                "Decentralised units take routine operational and spending "
                                "decisions within clear rules."
                            ),
                            (
                                "Delegated authority is clear, matched with resources, and "
                                "decentralised units are held accountable for results."
                            ),
                        ],
                    },
                    {
                        "code": "ORG2.3",
                        "text": (
                            "Reliable information on staff numbers, posts and payroll is available "
                            "to plan and manage the workforce."
                        ),
                        "guidance": (
                            "Human resource information system, payroll audits, consistency "
                            "between establishment, payroll and staff in post."
                        ),
                        "descriptors": [
                            (
                                "Nobody can say with confidence how many staff the sector has or "
                                "where they work."
                            ),
                            (
                                "Staff records exist on paper or in several databases that "
                                "disagree with each other and with the payroll."
                            ),
                            (
                                "An electronic staff database matches the payroll and is used for "
                                "deployment and workforce planning."
                            ),
                            (
                                "A human resource information system linked to payroll is updated "
                                "in real time and audited regularly."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "ORG3",
                "name": "Financial management and budgeting",
                "description": (
                    "The sector's systems to plan, obtain, spend and account for money, within the "
                    "government's public financial management rules."
                ),
                "questions": [
                    {
                        "code": "ORG3.1",
                        "text": (
                            "The sector budget is prepared on the basis of plans and priorities, "
                            "within a medium-term framework."
                        ),
                        "guidance": (
                            "Budget submissions, medium-term expenditure framework, links between "
                            "budget lines and strategic priorities."
                        ),
                        "descriptors": [
                            (
                                "The budget is last year's figures plus an increment, with no link "
                                "to plans or priorities."
                            ),
                            (
                                "Budget preparation refers to the plan, but priorities are not "
                                "costed and ceilings are ignored."
                            ),
                            (
                                "The budget follows the plan's priorities within ceilings and "
                                "includes a medium-term outlook."
                            ),
                            (
                                "A programme-based budget with medium-term projections includes "
                                "all funds, including partner funds, and reflects priorities."
                            ),
                        ],
                    },
                    {
                        "code": "ORG3.2",
                        "text": (
                            "Budgets are executed as planned, with predictable release of funds "
                            "and timely procurement."
                        ),
                        "guidance": (
                            "Budget execution rates, delays in fund releases to units, procurement "
                            "plans and delays."
                        ),
                        "descriptors": [
                            (
                                "Funds arrive late and unpredictably, and execution rates are low "
                                "or far above plans."
                            ),
                            (
                                "Most funds are released, but delays and procurement bottlenecks "
                                "regularly hold up planned activities."
                            ),
                            (
                                "Funds are released on a known schedule, procurement follows a "
                                "plan, and execution exceeds most targets."
                            ),
                            (
                                "Execution is close to plan across all units, and bottlenecks are "
                                "analysed and resolved within the year."
                            ),
                        ],
                    },
                    {
                        "code": "ORG3.3",
                        "text": (
                            "Accounts, financial reports and audits are complete and timely, and "
                            "audit findings are acted on."
                        ),
                        "guidance": (
                            "Financial statements, external and internal audit reports, follow-up "
                            "on audit recommendations."
                        ),
                        "descriptors": [
                            (
                                "Accounts are incomplete, financial reports are missing, and "
                                "audits are not done or are ignored."
                            ),
                            (
                                "Accounts are produced with long delays, and many audit findings "
                                "repeat from year to year."
                            ),
                            (
                                "Financial reports are produced on time, audits are done yearly, "
                                "and most findings are addressed."
                            ),
                            (
                                "Financial reports are timely and reliable, internal audit works "
                                "well, and audit findings are resolved promptly."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "ORG4",
                "name": "Monitoring, evaluation and information systems",
                "description": (
                    "The systems that produce reliable data on sector performance, review progress "
                    "against results, and feed learning into decisions."
                ),
                "questions": [
                    {
                        "code": "ORG4.1",
                        "text": (
                            "The sector information system produces timely, complete and reliable "
                            "data."
                        ),
                        "guidance": (
                            "Completeness and timeliness of routine reports, data quality checks, "
                            "surveys used to verify routine data."
                        ),
                        "descriptors": [
                            (
                                "Routine data are incomplete, late and contradictory, and partners "
                                "run their own separate reporting systems."
                            ),
                            (
                                "A routine information system exists, but reporting is incomplete "
                                "and data quality is not checked."
                            ),
                            (
                                "Most units report on time, data quality is checked, and one "
                                "system serves government and partners."
                            ),
                            (
                                "Data are complete, timely, verified against surveys and available "
                                "to users through an open platform."
                            ),
                        ],
                    },
                    {
                        "code": "ORG4.2",
                        "text": (
                            "A performance framework with indicators, baselines and targets is "
                            "used to review sector progress."
                        ),
                        "guidance": (
                            "Sector results framework, annual performance report, joint sector "
                            "review reports."
                        ),
                        "descriptors": [
                            (
                                "There is no agreed set of indicators, and progress is not "
                                "reviewed against targets."
                            ),
                            (
                                "Indicators are defined, but baselines or targets are missing and "
                                "reviews are irregular."
                            ),
                            (
                                "An agreed set of indicators with baselines and targets is "
                                "reviewed yearly in a joint sector review."
                            ),
                            (
                                "The framework is used in yearly joint reviews that agree "
                                "corrective actions, which are followed up."
                            ),
                        ],
                    },
                    {
                        "code": "ORG4.3",
                        "text": (
                            "Findings from monitoring and evaluation are used in planning, "
                            "budgeting and management decisions."
                        ),
                        "guidance": (
                            "Examples of decisions changed by evidence, evaluation plans, "
                            "follow-up of review recommendations."
                        ),
                        "descriptors": [
                            (
                                "Reports are produced for partners or filed, and they do not "
                                "influence decisions."
                            ),
                            (
                                "Findings are discussed occasionally, but few decisions or plans "
                                "change as a result."
                            ),
                            (
                                "Review findings feed into the next annual plan and budget, and "
                                "recommendations are tracked."
                            ),
                            (
                                "Managers routinely use monitoring data and evaluations, and the "
                                "sector commissions evaluations to answer its own questions."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "ORG5",
                "name": "Leadership, management and service delivery processes",
                "description": (
                    "How the organisation is led and managed day to day, and whether its processes "
                    "deliver services of the expected quality."
                ),
                "questions": [
                    {
                        "code": "ORG5.1",
                        "text": (
                            "Management bodies meet regularly, take decisions, and follow up on "
                            "their implementation."
                        ),
                        "guidance": (
                            "Management meeting calendar, minutes and action lists, follow-up of "
                            "decisions."
                        ),
                        "descriptors": [
                            (
                                "Management meetings are rare or irregular, and decisions are "
                                "neither recorded nor followed up."
                            ),
                            (
                                "Management meets regularly, but minutes are incomplete and "
                                "decisions are often not implemented."
                            ),
                            (
                                "Management meets on a fixed schedule, records decisions with "
                                "responsibilities, and reviews implementation."
                            ),
                            (
                                "Management meetings use performance data, track every decision to "
                                "completion and are communicated to staff."
                            ),
                        ],
                    },
                    {
                        "code": "ORG5.2",
                        "text": (
                            "Service delivery standards and procedures are documented and followed "
                            "across the sector."
                        ),
                        "guidance": (
                            "Service standards, standard operating procedures, supervision and "
                            "inspection findings."
                        ),
                        "descriptors": [
                            (
                                "There are no written service standards, and practice varies "
                                "widely between units and locations."
                            ),
                            (
                                "Standards exist for some services, but they are not widely known "
                                "or applied."
                            ),
                            (
                                "Standards and procedures cover the main services and are applied "
                                "in most units, as checked by supervision."
                            ),
                            (
                                "Standards are applied across the sector, compliance is measured, "
                                "and results are published and acted on."
                            ),
                        ],
                    },
                    {
                        "code": "ORG5.3",
                        "text": (
                            "Sector organisations collect feedback from service users and use it "
                            "to improve services."
                        ),
                        "guidance": (
                            "User surveys, complaint records, quality-improvement teams, examples "
                            "of changes made after feedback."
                        ),
                        "descriptors": [
                            (
                                "No feedback is collected from service users, and complaints are "
                                "not recorded."
                            ),
                            (
                                "Feedback is collected occasionally, for example in a "
                                "partner-funded survey, but rarely leads to change."
                            ),
                            (
                                "Feedback is collected regularly, and units use it to plan "
                                "specific improvements to their services."
                            ),
                            (
                                "Quality improvement based on user feedback is routine, and "
                                "improvements are measured and shared across units."
                            ),
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "institutional",
        "name": "Institutional capacity",
        "description": (
            "The enabling environment in which the sector operates: the policy and legal "
            "framework, sector coordination and the sector-wide approach, accountability and "
            "oversight, social dialogue and governance with stakeholders, and the alignment of "
            "development partners with country systems."
        ),
        "dimensions": [
            {
                "code": "INS1",
                "name": "Policy and legal framework",
                "description": (
                    "The policies, laws and regulations that set the sector's goals, roles and "
                    "standards, and the capacity to make and enforce them."
                ),
                "questions": [
                    {
                        "code": "INS1.1",
                        "text": (
                            "An approved sector policy is up to date and consistent with national "
                            "development priorities."
                        ),
                        "guidance": (
                            "Sector policy document and approval date, links with the national "
                            "development plan."
                        ),
                        "descriptors": [
                            (
                                "There is no approved sector policy, or it is outdated and no "
                                "longer guides decisions."
                            ),
                            (
                                "A policy is in draft or recently approved, but key issues are "
                                "missing or inconsistent with national priorities."
                            ),
                            (
                                "An approved, current policy reflects national priorities and is "
                                "the reference for the sector strategy."
                            ),
                            (
                                "The policy is current, reviewed on a set cycle, and widely known "
                                "by government, partners and stakeholders."
                            ),
                        ],
                    },
                    {
                        "code": "INS1.2",
                        "text": (
                            "Laws and regulations define roles and standards in the sector and are "
                            "enforced."
                        ),
                        "guidance": (
                            "Sector legislation and regulations, regulatory body, inspection and "
                            "enforcement records."
                        ),
                        "descriptors": [
                            (
                                "Key laws or regulations are missing or obsolete, and standards "
                                "cannot be enforced."
                            ),
                            (
                                "The legal framework is largely in place, but regulations are "
                                "incomplete and enforcement is weak."
                            ),
                            (
                                "Laws and regulations cover the main areas, and a regulatory body "
                                "inspects and enforces standards."
                            ),
                            (
                                "The legal framework is complete and current, and enforcement is "
                                "consistent, transparent and reported publicly."
                            ),
                        ],
                    },
                    {
                        "code": "INS1.3",
                        "text": (
                            "Policies are developed on the basis of evidence and consultation, led "
                            "by the ministry."
                        ),
                        "guidance": (
                            "Policy analysis unit, studies behind recent policies, consultation "
                            "records, role of consultants."
                        ),
                        "descriptors": [
                            (
                                "Policies are drafted by outside consultants or copied, with "
                                "little analysis or consultation."
                            ),
                            (
                                "The ministry leads policy drafting, but analysis is thin and "
                                "consultation is limited to a few partners."
                            ),
                            (
                                "A policy unit prepares policies based on analysis and consults "
                                "stakeholders before approval."
                            ),
                            (
                                "Policy making is routinely evidence-based and consultative, and "
                                "policies are evaluated and revised after implementation."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "INS2",
                "name": "Sector coordination and the sector-wide approach",
                "description": (
                    "How government, partners and other actors work under one sector policy, plan "
                    "and budget framework, and how the sector connects to wider government "
                    "reforms."
                ),
                "questions": [
                    {
                        "code": "INS2.1",
                        "text": (
                            "A government-chaired sector coordination structure meets regularly "
                            "and takes decisions."
                        ),
                        "guidance": (
                            "Terms of reference of the sector working group, meeting calendar, "
                            "minutes and decisions, attendance."
                        ),
                        "descriptors": [
                            (
                                "There is no functioning coordination forum, or meetings are "
                                "convened and chaired by development partners."
                            ),
                            (
                                "A government-chaired forum exists, but meets irregularly and "
                                "mainly exchanges information."
                            ),
                            (
                                "The forum meets on a fixed schedule under government chairing, "
                                "with agreed terms of reference and recorded decisions."
                            ),
                            (
                                "The forum sets sector priorities, resolves issues through "
                                "technical working groups, and its decisions are followed by all "
                                "members."
                            ),
                        ],
                    },
                    {
                        "code": "INS2.2",
                        "text": (
                            "All major actors in the sector work under one sector policy, plan and "
                            "expenditure framework."
                        ),
                        "guidance": (
                            "Share of partner and non-state activity reflected in the sector plan, "
                            "memorandum of understanding or code of conduct."
                        ),
                        "descriptors": [
                            (
                                "Each partner and project follows its own plan, and there is no "
                                "common framework."
                            ),
                            (
                                "A common plan exists, but a large part of partner support is "
                                "planned and managed outside it."
                            ),
                            (
                                "Most government and partner resources are planned within the "
                                "sector plan and expenditure framework."
                            ),
                            (
                                "Nearly all resources are planned and reviewed in one framework, "
                                "governed by an agreed memorandum of understanding."
                            ),
                        ],
                    },
                    {
                        "code": "INS2.3",
                        "text": (
                            "The sector coordinates effectively with central ministries and "
                            "cross-government reforms."
                        ),
                        "guidance": (
                            "Relations with finance, public service and local government "
                            "ministries; sector role in decentralisation and public service "
                            "reform."
                        ),
                        "descriptors": [
                            (
                                "Sector plans ignore public service, finance and decentralisation "
                                "reforms, and there is no regular contact with central ministries."
                            ),
                            (
                                "The sector meets central ministries mainly at budget time, and "
                                "reform decisions often take it by surprise."
                            ),
                            (
                                "The sector takes part in cross-government reform forums and "
                                "adjusts its plans to agreed reforms."
                            ),
                            (
                                "The sector shapes cross-government reforms actively, and central "
                                "ministries consult it before decisions that affect it."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "INS3",
                "name": "Accountability and oversight",
                "description": (
                    "The mechanisms through which the sector answers to parliament, oversight "
                    "bodies and citizens for its use of resources and results."
                ),
                "questions": [
                    {
                        "code": "INS3.1",
                        "text": (
                            "Parliament and independent oversight bodies scrutinise the sector's "
                            "budget and performance."
                        ),
                        "guidance": (
                            "Parliamentary committee hearings, supreme audit institution reports "
                            "on the sector, follow-up on recommendations."
                        ),
                        "descriptors": [
                            (
                                "Parliament and audit bodies do not examine the sector's budget or "
                                "performance in any depth."
                            ),
                            (
                                "The sector budget is debated, but performance is rarely examined "
                                "and recommendations are not followed up."
                            ),
                            (
                                "A parliamentary committee reviews sector budget and performance "
                                "yearly, and audit reports are discussed."
                            ),
                            (
                                "Oversight bodies review the sector regularly, and the ministry "
                                "reports publicly on action taken on their recommendations."
                            ),
                        ],
                    },
                    {
                        "code": "INS3.2",
                        "text": (
                            "Information on the sector's budget, spending and performance is "
                            "public and accessible."
                        ),
                        "guidance": (
                            "Published budget and performance reports, ministry website, data at "
                            "facility or school level."
                        ),
                        "descriptors": [
                            (
                                "Budget and performance information is treated as internal and is "
                                "not available to the public."
                            ),
                            (
                                "Some reports are published, but late, incomplete or in a form "
                                "most citizens cannot use."
                            ),
                            (
                                "Annual budget and performance reports are published on time and "
                                "are available at local level."
                            ),
                            (
                                "Budget, spending and performance data are published regularly, "
                                "down to facility level, in accessible formats."
                            ),
                        ],
                    },
                    {
                        "code": "INS3.3",
                        "text": (
                            "Service users and citizens can complain and obtain redress, and "
                            "complaints are acted on."
                        ),
                        "guidance": (
                            "Complaint mechanisms, user committees or boards, complaint statistics "
                            "and responses."
                        ),
                        "descriptors": [
                            (
                                "There is no channel for citizens to complain, or complaints "
                                "receive no response."
                            ),
                            (
                                "Complaint channels exist in some places, but users do not know "
                                "them and follow-up is rare."
                            ),
                            (
                                "Complaint mechanisms are known and used, and most complaints "
                                "receive a response within set deadlines."
                            ),
                            (
                                "Complaints are handled within deadlines, analysed, reported "
                                "publicly and used to improve services and policy."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "INS4",
                "name": "Social dialogue and governance with stakeholders",
                "description": (
                    "The involvement of civil society, workers' and employers' organisations, the "
                    "private sector and other stakeholders in sector governance."
                ),
                "questions": [
                    {
                        "code": "INS4.1",
                        "text": (
                            "Civil society, the private sector and social partners are consulted "
                            "on sector policies and plans."
                        ),
                        "guidance": (
                            "Consultation records, stakeholder participation in reviews, comments "
                            "taken into account."
                        ),
                        "descriptors": [
                            (
                                "Stakeholders outside government are not consulted, or hear of "
                                "policies only after adoption."
                            ),
                            (
                                "Some stakeholders are invited to workshops, but consultation is "
                                "late and their input is not reflected."
                            ),
                            (
                                "Stakeholders are consulted before key decisions, and the "
                                "government explains how their input was used."
                            ),
                            (
                                "Stakeholders take part regularly in planning and reviews, and "
                                "their input visibly shapes policies and plans."
                            ),
                        ],
                    },
                    {
                        "code": "INS4.2",
                        "text": (
                            "Formal bodies for social dialogue in the sector function and their "
                            "agreements are implemented."
                        ),
                        "guidance": (
                            "Tripartite or bipartite bodies, councils and boards, meeting records, "
                            "agreements reached and applied."
                        ),
                        "descriptors": [
                            (
                                "No formal body for social dialogue exists in the sector, or it "
                                "exists only on paper."
                            ),
                            (
                                "A dialogue body exists, but meets rarely, lacks resources, and "
                                "its agreements are seldom implemented."
                            ),
                            (
                                "The dialogue body meets regularly with all parties represented, "
                                "and most of its agreements are implemented."
                            ),
                            (
                                "Social dialogue is a routine part of sector governance, and "
                                "disputes are settled through the agreed bodies."
                            ),
                        ],
                    },
                    {
                        "code": "INS4.3",
                        "text": (
                            "Non-state service providers are recognised, regulated and included in "
                            "sector planning."
                        ),
                        "guidance": (
                            "Registration and regulation of private and non-governmental "
                            "providers, their data in the sector information system."
                        ),
                        "descriptors": [
                            (
                                "Non-state providers operate without registration or oversight, "
                                "and their contribution is not known."
                            ),
                            (
                                "Non-state providers are registered, but they are rarely "
                                "supervised and are left out of sector planning."
                            ),
                            (
                                "Non-state providers are regulated, report data to the sector "
                                "information system and take part in planning."
                            ),
                            (
                                "Non-state providers work under agreed arrangements and standards, "
                                "and their services are fully part of sector plans."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "INS5",
                "name": "Alignment and harmonisation of development partners",
                "description": (
                    "How far development partners support the sector's own priorities, use country "
                    "systems and harmonise their procedures with each other."
                ),
                "questions": [
                    {
                        "code": "INS5.1",
                        "text": (
                            "Development partners' support is aligned with the sector policy and "
                            "plan."
                        ),
                        "guidance": (
                            "Partner programmes compared with sector priorities, partner funding "
                            "recorded in the sector plan and budget."
                        ),
                        "descriptors": [
                            (
                                "Partners fund their own priorities, and much of their support is "
                                "unknown to the ministry."
                            ),
                            (
                                "Partners refer to the sector plan, but a large part of their "
                                "support still follows their own priorities."
                            ),
                            (
                                "Most partner support funds priorities in the sector plan and is "
                                "recorded in the sector budget."
                            ),
                            (
                                "Nearly all partner support is on plan and on budget, and new "
                                "programmes are agreed with the ministry first."
                            ),
                        ],
                    },
                    {
                        "code": "INS5.2",
                        "text": (
                            "Development partners use country systems for planning, financial "
                            "management, procurement and reporting."
                        ),
                        "guidance": (
                            "Share of aid using national budget, procurement and audit systems; "
                            "number of parallel project implementation units."
                        ),
                        "descriptors": [
                            (
                                "Partners use their own procedures and parallel implementation "
                                "units for nearly all of their support."
                            ),
                            (
                                "A few partners use some country systems, while most keep their "
                                "own procedures and reporting."
                            ),
                            (
                                "Most partner funds use national systems, and parallel units are "
                                "being merged into government structures."
                            ),
                            (
                                "Partners use country systems by default, with parallel "
                                "arrangements only where agreed and time-bound."
                            ),
                        ],
                    },
                    {
                        "code": "INS5.3",
                        "text": (
                            "Development partners harmonise their procedures and divide work among "
                            "themselves."
                        ),
                        "guidance": (
                            "Joint missions and reviews, joint analytical work, common reporting, "
                            "division of labour, delegated cooperation."
                        ),
                        "descriptors": [
                            (
                                "Each partner sends its own missions and asks for its own reports, "
                                "placing a heavy burden on the ministry."
                            ),
                            (
                                "Some joint missions and common reports exist, but most partners "
                                "still work separately."
                            ),
                            (
                                "Partners use one joint review and common reporting, and have "
                                "agreed a division of labour."
                            ),
                            (
                                "Partners act as one group, with lead partners, delegated "
                                "cooperation and a single annual calendar of missions."
                            ),
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "cd_efforts",
        "name": "State of current capacity-development efforts",
        "description": (
            "How well current capacity-development efforts in the sector work: government "
            "ownership and leadership, harmonisation and coordination of support, effectiveness "
            "and results, the use of appropriate methods, and sustainability."
        ),
        "dimensions": [
            {
                "code": "CDE1",
                "name": "Ownership and leadership of capacity development by government",
                "description": (
                    "Whether government sets the direction for capacity development in the sector, "
                    "leads the design of support and commits its own resources."
                ),
                "questions": [
                    {
                        "code": "CDE1.1",
                        "text": (
                            "The sector has a government-approved capacity-development strategy or "
                            "plan, integrated in the sector plan."
                        ),
                        "guidance": (
                            "Capacity-development strategy or plan, its links with the sector "
                            "plan, who drafted and approved it."
                        ),
                        "descriptors": [
                            (
                                "There is no capacity-development strategy, and capacity issues "
                                "appear only in individual project documents."
                            ),
                            (
                                "A capacity-development strategy is in draft or was prepared by a "
                                "partner, but it is not approved or used."
                            ),
                            (
                                "An approved capacity-development plan sets priorities and is part "
                                "of the sector plan and its reviews."
                            ),
                            (
                                "The plan is approved, costed, reviewed yearly and used by "
                                "government and partners to decide on all support."
                            ),
                        ],
                    },
                    {
                        "code": "CDE1.2",
                        "text": (
                            "Government leads the identification, design and management of "
                            "capacity-development support."
                        ),
                        "guidance": (
                            "Who initiates and designs capacity-development projects, who approves "
                            "terms of reference, government role in steering committees."
                        ),
                        "descriptors": [
                            (
                                "Capacity-development support is identified and designed by "
                                "partners, and the ministry is informed afterwards."
                            ),
                            (
                                "The ministry is consulted on design, but partners decide on "
                                "scope, methods and experts."
                            ),
                            (
                                "The ministry requests support based on its priorities and "
                                "approves designs, terms of reference and experts."
                            ),
                            (
                                "The ministry manages capacity-development support directly, "
                                "including selecting, steering and evaluating experts and "
                                "providers."
                            ),
                        ],
                    },
                    {
                        "code": "CDE1.3",
                        "text": (
                            "Government commits its own staff time and budget to capacity "
                            "development in the sector."
                        ),
                        "guidance": (
                            "Budget lines for training and organisational development, counterpart "
                            "staff assigned, funds actually spent."
                        ),
                        "descriptors": [
                            (
                                "Capacity development is funded entirely by partners, and no "
                                "counterpart staff are assigned."
                            ),
                            (
                                "Counterpart staff are assigned, but government funds for capacity "
                                "development are small or not released."
                            ),
                            (
                                "A government budget line for capacity development exists and is "
                                "largely spent as planned."
                            ),
                            (
                                "Government funds a growing share of capacity development, and "
                                "partner funds complement a plan financed by the budget."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "CDE2",
                "name": "Harmonisation and coordination of capacity-development support",
                "description": (
                    "Whether support from different partners to capacity development is known, "
                    "coordinated, pooled where useful and managed under one framework."
                ),
                "questions": [
                    {
                        "code": "CDE2.1",
                        "text": (
                            "An up-to-date overview of all ongoing capacity-development "
                            "initiatives in the sector is available."
                        ),
                        "guidance": (
                            "Inventory or mapping of initiatives, with partner, target "
                            "organisation, method, budget and period."
                        ),
                        "descriptors": [
                            (
                                "No one has an overview of capacity-development initiatives, and "
                                "duplication is discovered by chance."
                            ),
                            "A mapping was done once, but it is out of date and incomplete.",
                            (
                                "An inventory of initiatives is kept by the ministry and updated "
                                "at least yearly."
                            ),
                            (
                                "The inventory is current, shared with all partners, and used to "
                                "prevent duplication and fill gaps."
                            ),
                        ],
                    },
                    {
                        "code": "CDE2.2",
                        "text": (
                            "Development partners coordinate their capacity-development support "
                            "through joint or pooled arrangements."
                        ),
                        "guidance": (
                            "Pooled technical assistance or training funds, joint programmes, a "
                            "capacity-development working group."
                        ),
                        "descriptors": [
                            (
                                "Each partner runs its own capacity-development projects with "
                                "separate procedures and reporting."
                            ),
                            (
                                "Partners share information on their projects, but plan and fund "
                                "them separately."
                            ),
                            (
                                "Several partners support capacity development through a joint "
                                "programme or pooled fund managed with government."
                            ),
                            (
                                "Most capacity-development support flows through joint "
                                "arrangements under the ministry's plan with common reporting."
                            ),
                        ],
                    },
                    {
                        "code": "CDE2.3",
                        "text": (
                            "Technical assistance is demand-driven, selected and managed under "
                            "government direction."
                        ),
                        "guidance": (
                            "Terms of reference, selection and reporting lines of advisers; share "
                            "of advisers doing line functions."
                        ),
                        "descriptors": [
                            (
                                "Advisers are recruited by partners, report to them, and often "
                                "perform line functions in place of staff."
                            ),
                            (
                                "The ministry comments on terms of reference, but advisers still "
                                "report mainly to the partner that pays them."
                            ),
                            (
                                "The ministry defines terms of reference, takes part in selection, "
                                "and advisers report to ministry managers."
                            ),
                            (
                                "The ministry plans, selects and evaluates all advisers, whose "
                                "work focuses on transferring skills to staff."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "CDE3",
                "name": "Effectiveness and results of capacity-development support",
                "description": (
                    "Whether capacity-development support has clear objectives, is monitored for "
                    "changes in capacity and performance, and delivers them."
                ),
                "questions": [
                    {
                        "code": "CDE3.1",
                        "text": (
                            "Capacity-development initiatives have clear objectives and indicators "
                            "of changed capacity, not only of activities."
                        ),
                        "guidance": (
                            "Results frameworks of initiatives; indicators beyond numbers trained "
                            "or workshops held."
                        ),
                        "descriptors": [
                            (
                                "Initiatives describe activities only, and success is reported as "
                                "people trained or workshops held."
                            ),
                            (
                                "Some initiatives define capacity objectives, but indicators still "
                                "measure mainly activities and outputs."
                            ),
                            (
                                "Most initiatives have objectives and indicators for changed "
                                "capacity, with baselines."
                            ),
                            (
                                "All initiatives link their capacity objectives to the sector "
                                "results framework, with baselines and targets."
                            ),
                        ],
                    },
                    {
                        "code": "CDE3.2",
                        "text": (
                            "Results of capacity-development support are monitored, evaluated and "
                            "discussed in sector reviews."
                        ),
                        "guidance": (
                            "Monitoring reports, evaluations of capacity-development initiatives, "
                            "agenda of the joint sector review."
                        ),
                        "descriptors": [
                            (
                                "Results of capacity-development support are not monitored beyond "
                                "project reports to each partner."
                            ),
                            (
                                "Some initiatives are evaluated, but findings are not shared or "
                                "discussed in the sector."
                            ),
                            (
                                "Progress on capacity development is reported and discussed in the "
                                "yearly joint sector review."
                            ),
                            (
                                "Evaluations of capacity development are planned jointly, and "
                                "their findings change the design of support."
                            ),
                        ],
                    },
                    {
                        "code": "CDE3.3",
                        "text": (
                            "Capacity-development support has led to observable improvements in "
                            "the performance of sector organisations."
                        ),
                        "guidance": (
                            "Examples of changed practice, improved systems or services "
                            "attributable to support; views of managers."
                        ),
                        "descriptors": [
                            (
                                "No improvement in performance can be linked to past "
                                "capacity-development support."
                            ),
                            (
                                "Individual skills have improved in places, but organisational "
                                "performance has not visibly changed."
                            ),
                            (
                                "Several supported organisations show clear improvements in "
                                "systems or services that they attribute to the support."
                            ),
                            (
                                "Improvements in performance are documented across the sector, and "
                                "the approaches behind them are being scaled up."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "CDE4",
                "name": "Use of appropriate capacity-development methods",
                "description": (
                    "Whether the methods used fit the capacity gap and level: training, knowledge "
                    "sharing, research, experiential learning, coaching, mentoring, exposure and "
                    "study tours, twinning and South-South cooperation."
                ),
                "questions": [
                    {
                        "code": "CDE4.1",
                        "text": (
                            "Capacity-development methods are chosen to fit the capacity gap and "
                            "level, rather than training by default."
                        ),
                        "guidance": (
                            "Mix of methods in the inventory of initiatives, analysis behind the "
                            "choice of method, support to systems and institutions."
                        ),
                        "descriptors": [
                            (
                                "Nearly all support consists of workshops and courses, whatever "
                                "the capacity problem."
                            ),
                            (
                                "Other methods are used occasionally, but choices follow partner "
                                "habits rather than an analysis of needs."
                            ),
                            (
                                "Methods are chosen after analysing the gap, and support addresses "
                                "organisational and institutional levels, not only individuals."
                            ),
                            (
                                "A deliberate mix of methods addresses all three capacity levels, "
                                "and choices are reviewed based on results."
                            ),
                        ],
                    },
                    {
                        "code": "CDE4.2",
                        "text": (
                            "Workplace-based methods such as coaching, mentoring and experiential "
                            "learning are used systematically."
                        ),
                        "guidance": (
                            "Coaching and mentoring schemes, on-the-job learning, "
                            "learning-by-doing built into work assignments."
                        ),
                        "descriptors": [
                            (
                                "Coaching, mentoring and on-the-job learning are not used, and "
                                "learning happens only off the job."
                            ),
                            (
                                "Some advisers or projects coach staff, but it is informal and "
                                "depends on individuals."
                            ),
                            (
                                "Structured coaching or mentoring schemes exist for key cadres, "
                                "with trained coaches and agreed learning goals."
                            ),
                            (
                                "Workplace learning is part of normal management, and national "
                                "staff coach and mentor their peers."
                            ),
                        ],
                    },
                    {
                        "code": "CDE4.3",
                        "text": (
                            "Knowledge sharing and peer learning are used, including study tours, "
                            "twinning, South-South cooperation and research."
                        ),
                        "guidance": (
                            "Peer-learning networks, twinning arrangements, study tour reports and "
                            "follow-up, research partnerships with national institutions."
                        ),
                        "descriptors": [
                            (
                                "Staff have no structured contact with peers elsewhere, and study "
                                "tours, if any, have no follow-up."
                            ),
                            (
                                "Study tours and exchanges happen, but they are not linked to "
                                "priorities and lessons are not applied."
                            ),
                            (
                                "Exchanges, twinning or South-South cooperation are planned around "
                                "priorities, and lessons are reported and applied."
                            ),
                            (
                                "The sector belongs to active peer networks, runs long-term "
                                "twinning and research partnerships, and shares its own "
                                "experience."
                            ),
                        ],
                    },
                ],
            },
            {
                "code": "CDE5",
                "name": "Sustainability of capacity development",
                "description": (
                    "Whether the capacity built remains and grows after external support ends: "
                    "staff retained, functions institutionalised, national providers and recurrent "
                    "funding in place."
                ),
                "questions": [
                    {
                        "code": "CDE5.1",
                        "text": (
                            "Capacities built with support remain in sector organisations after "
                            "the support ends."
                        ),
                        "guidance": (
                            "Retention of trained staff, functions and systems still operating "
                            "after projects closed, handover arrangements."
                        ),
                        "descriptors": [
                            (
                                "Trained staff leave and systems introduced by projects stop "
                                "working soon after support ends."
                            ),
                            (
                                "Some systems and skills remain, but many depend on staff or "
                                "advisers who have left or will leave."
                            ),
                            (
                                "Most systems introduced with support are still in use and are run "
                                "by government staff."
                            ),
                            (
                                "Capacities built are embedded in procedures and posts, and "
                                "organisations continue to improve them on their own."
                            ),
                        ],
                    },
                    {
                        "code": "CDE5.2",
                        "text": (
                            "National training institutions and trainers are strengthened to "
                            "continue capacity development without external experts."
                        ),
                        "guidance": (
                            "Training of trainers, certification schemes, national institutions "
                            "delivering courses, networks of national experts."
                        ),
                        "descriptors": [
                            (
                                "Capacity development relies on foreign experts, and national "
                                "institutions are not involved."
                            ),
                            (
                                "National trainers assist foreign experts, but do not yet design "
                                "or deliver programmes alone."
                            ),
                            (
                                "National institutions and certified trainers deliver most "
                                "capacity-development programmes with limited external support."
                            ),
                            (
                                "National institutions design, deliver and evaluate programmes, "
                                "and also provide support to other countries."
                            ),
                        ],
                    },
                    {
                        "code": "CDE5.3",
                        "text": (
                            "Recurrent costs and exit arrangements are planned so that functions "
                            "continue after partner support ends."
                        ),
                        "guidance": (
                            "Exit strategies in project documents, recurrent costs taken over by "
                            "the budget, integration of project units into structures."
                        ),
                        "descriptors": [
                            (
                                "Projects end without an exit plan, and the functions they funded "
                                "stop when the money stops."
                            ),
                            (
                                "Exit plans exist on paper, but government has not budgeted for "
                                "the recurrent costs involved."
                            ),
                            (
                                "Exit plans are agreed with government, and recurrent costs and "
                                "staff are gradually taken over by the budget."
                            ),
                            (
                                "Support is designed from the start around government systems, so "
                                "its end causes no interruption in functions."
                            ),
                        ],
                    },
                ],
            },
        ],
    },
]


LEVEL_CODES = ("individual", "organizational", "institutional", "cd_efforts")


def validate():
    """Raise AssertionError if the data breaks the rules above."""
    assert NAME.strip() and DESCRIPTION.strip(), "name and description must not be empty"
    assert sorted(SCALE) == [1, 2, 3, 4], "the scale must have the points 1-4"
    assert tuple(level["code"] for level in LEVELS) == LEVEL_CODES, "level codes or order are wrong"
    codes = []
    questions = 0
    for level in LEVELS:
        assert level["name"].strip(), f"level {level['code']} has no name"
        assert len(level["dimensions"]) >= 4, f"level {level['code']} has fewer than 4 dimensions"
        for dimension in level["dimensions"]:
            codes.append(dimension["code"])
            assert dimension["name"].strip(), f"dimension {dimension['code']} has no name"
            assert dimension["questions"], f"dimension {dimension['code']} has no questions"
            for question in dimension["questions"]:
                code = question["code"]
                codes.append(code)
                questions += 1
                assert code.startswith(dimension["code"] + "."), f"{code} is outside its dimension"
                assert question["text"].strip(), f"question {code} has no text"
                assert isinstance(question.get("guidance", ""), str), f"{code}: bad guidance"
                descriptors = question["descriptors"]
                assert len(descriptors) == len(SCALE), f"{code} needs exactly 4 descriptors"
                assert all(isinstance(d, str) and d.strip() for d in descriptors), (
                    f"{code} has an empty descriptor"
                )
    assert questions >= 40, f"only {questions} questions"
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    assert not duplicates, f"duplicate codes: {duplicates}"
