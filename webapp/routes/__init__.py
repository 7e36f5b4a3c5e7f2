"""Routes by audience: inspectors (``inspect``), platform operators (``operators``), analysts (``search``)."""
