"""The network: its members and secretariat, the annual shared-needs round, thematic clusters
with their work plans, consolidated reporting and resource mobilisation."""

from networks.models.clusters import Activity, Cluster, ClusterMembership, FocusArea  # noqa: F401
from networks.models.needs import (  # noqa: F401
    DEFAULT_POINTS,
    Allocation,
    AllocationLine,
    Candidate,
    NeedsRound,
    SharedNeed,
)
from networks.models.network import (  # noqa: F401
    Network,
    NetworkEvent,
    NetworkInvitation,
    NetworkMember,
    Representative,
    SecretariatSeat,
)
from networks.models.reporting import (  # noqa: F401
    ActivityReport,
    NetworkPledge,
    ReportingPeriod,
    ReportingReminder,
)
