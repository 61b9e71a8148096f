using System.Buffers;
using Azure.Storage;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace OneStop.Azure.Blobs;

/// <summary>
/// Stages an upload's blocks in order, sending one while the next is read. The block on its way keeps its
/// buffer and reading goes on into a second one, borrowed from a budget shared by every upload in the process:
/// many uploads at once hold one buffer each plus the budget, never two each. An upload that finds the budget
/// spent sends its block before reading on.
/// </summary>
internal sealed class BlockStager(BlockBlobClient blob, CancellationToken cancellationToken) : IAsyncDisposable
{
    public const int BlockSize = 1024 * 1024;

    /// <summary>Second buffers all uploads together may hold: 16 MB.</summary>
    public const int ReadAheadBuffers = 16;

    private static readonly SemaphoreSlim ReadAhead = new(ReadAheadBuffers);

    private readonly List<string> blockIds = [];
    private Task? sending;
    private byte[]? sendingBuffer;

    public IReadOnlyList<string> BlockIds => blockIds;

    public static byte[] RentBuffer() => ArrayPool<byte>.Shared.Rent(BlockSize);

    public static void ReturnBuffer(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer);

    /// <summary>Starts sending the block in the buffer; answers the buffer to read the next block into.</summary>
    public async Task<byte[]> StageAsync(byte[] buffer, int filled)
    {
        await FinishSendingAsync();
        var blockId = Convert.ToBase64String(BitConverter.GetBytes(blockIds.Count));
        blockIds.Add(blockId);
        var send = SendAsync(blockId, buffer, filled);
        if (!ReadAhead.Wait(0))
        {
            await send;
            return buffer;
        }
        (sending, sendingBuffer) = (send, buffer);
        return RentBuffer();
    }

    /// <summary>Waits until the block on its way is staged, and gives its buffer back.</summary>
    public async Task FinishSendingAsync()
    {
        if (sending is null)
        {
            return;
        }
        try
        {
            await sending;
        }
        finally
        {
            ReturnBuffer(sendingBuffer!);
            ReadAhead.Release();
            (sending, sendingBuffer) = (null, null);
        }
    }

    /// <summary>
    /// After a failed upload, waits for the block on its way before its buffer is reused. Whether it was staged
    /// no longer matters: blocks that are never committed are discarded by the service.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await FinishSendingAsync();
        }
        catch (Exception)
        {
            // The upload has already failed with its own error, which is the one to report.
        }
    }

    /// <summary>
    /// Each block carries its MD5, which the service checks before keeping it: a block damaged on the way is
    /// refused, not committed. (Without one, the service computes a CRC64 of every block to echo back; Azurite
    /// does that in JavaScript, at twice the cost of the upload itself.)
    /// </summary>
    private async Task SendAsync(string blockId, byte[] buffer, int filled)
    {
        using var block = new MemoryStream(buffer, 0, filled, writable: false);
        await blob.StageBlockAsync(blockId, block, new BlockBlobStageBlockOptions
        {
            TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
        }, cancellationToken);
    }
}
