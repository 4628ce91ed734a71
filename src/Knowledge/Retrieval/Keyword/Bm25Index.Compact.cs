namespace Edge.Knowledge.Retrieval;

/// <summary>Reclaiming the slots of removed chunks.</summary>
internal sealed partial class Bm25Index
{
    /// <summary>Compacts once a quarter of the slots are dead (re-ingesting documents leaves dead slots behind).</summary>
    private void CompactIfWorthIt()
    {
        if (deadSlots > 1024 && deadSlots > slotCount / 4)
        {
            Compact();
        }
    }

    /// <summary>Drops dead slots from every posting list and renumbers the live ones densely.</summary>
    private void Compact()
    {
        var newSlots = new int[slotCount];
        var next = 0;
        for (var slot = 0; slot < slotCount; slot++)
        {
            if (lengthOfSlot[slot] < 0)
            {
                newSlots[slot] = -1;
                continue;
            }

            newSlots[slot] = next;
            chunkOfSlot[next] = chunkOfSlot[slot];
            lengthOfSlot[next] = lengthOfSlot[slot];
            slotOfChunk[chunkOfSlot[next]] = next;
            next++;
        }

        foreach (var list in postings)
        {
            list.Remap(newSlots);
        }

        slotCount = next;
        deadSlots = 0;
    }
}
