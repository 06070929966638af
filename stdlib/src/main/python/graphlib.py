"""Topological sorting of graphs (pure-Python graphlib for regpy)."""

__all__ = ['TopologicalSorter', 'CycleError']

_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0  # or _NODE_OUT once handed out, _NODE_DONE once done
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() if the graph has a cycle; args[1] is the cycle."""


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        result = self._node2info.get(node)
        if result is None:
            self._node2info[node] = result = _NodeInfo(node)
        return result

    def add(self, node, *predecessors):
        """Add a new node and its predecessors to the graph."""
        if self._ready_nodes is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        nodeinfo = self._get_nodeinfo(node)
        nodeinfo.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles in the graph."""
        if self._ready_nodes is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready (all predecessors done)."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        result = tuple(self._ready_nodes)
        n2i = self._node2info
        for node in result:
            n2i[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """True while nodes are ready or handed out but not yet done."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks a set of nodes returned by get_ready() as processed."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        n2i = self._node2info
        for node in nodes:
            nodeinfo = n2i.get(node)
            if nodeinfo is None:
                raise ValueError(f'node {node!r} was not added using add()')
            stat = nodeinfo.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                if stat == _NODE_DONE:
                    raise ValueError(f'node {node!r} was already marked done')
                raise AssertionError(f'node {node!r}: unknown status {stat}')
            nodeinfo.npredecessors = _NODE_DONE
            for successor in nodeinfo.successors:
                successor_info = n2i[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        """A cycle as a list [n1, n2, ..., n1], or None; iterative depth-first search."""
        n2i = self._node2info
        stack = []
        itstack = []
        seen = set()
        node2stacki = {}
        for node in n2i:
            if node in seen:
                continue
            while True:
                if node in seen:
                    if node in node2stacki:
                        return stack[node2stacki[node]:] + [node]
                else:
                    seen.add(node)
                    itstack.append(iter(n2i[node].successors).__next__)
                    node2stacki[node] = len(stack)
                    stack.append(node)
                while stack:
                    try:
                        node = itstack[-1]()
                        break
                    except StopIteration:
                        del node2stacki[stack.pop()]
                        itstack.pop()
                else:
                    break
        return None

    def static_order(self):
        """All nodes in topological order (prepare, then get_ready/done until exhausted)."""
        self.prepare()
        while self.is_active():
            node_group = self.get_ready()
            yield from node_group
            self.done(*node_group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
